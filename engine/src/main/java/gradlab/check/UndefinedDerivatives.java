package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * d of a name the text does not define, by another name: "dd/dc = 1.0" typed as a student types
 * it (a lecture note of micrograd, where d = e + c is set in code the note leaves out) was read
 * as the derivative of a free symbol d, which is 0, and refuted. The LaTeX reader already says
 * "∂b/∂a: b is not defined in the text, so its dependence on a is unknown" ({@link
 * SideResolver}); this says the same of the plain-text {@code dd(d, c)}. A pure function of the
 * context and the side.
 */
final class UndefinedDerivatives {
  private static final Pattern DD_NAME = Pattern.compile("(?<![A-Za-z0-9_])dd\\(\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private UndefinedDerivatives() {}

  /**
   * "not checked" where the side takes d/dv of a bare name that is neither v nor defined in the
   * text (as a quantity or as a function); null where every such derivative is of a defined name.
   */
  static StepVerdict.NotChecked of(CheckContext ctx, String side) {
    Matcher m = DD_NAME.matcher(side);
    while (m.find()) {
      String top = m.group(1);
      String var = m.group(2);
      if (!top.equals(var) && !ctx.defines(top)
          && ctx.functionRules().stream().noneMatch(r -> r.name().equals(top))) {
        return new StepVerdict.NotChecked("d" + LatexNames.readable(top) + "/d"
            + LatexNames.readable(var) + ": " + LatexNames.readable(top) + " is not defined in "
            + "the text, so its dependence on " + LatexNames.readable(var) + " is unknown");
      }
    }
    return null;
  }
}
