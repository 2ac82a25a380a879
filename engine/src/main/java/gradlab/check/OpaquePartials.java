package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ∂A/∂B of a quantity A the text never defines, written on both sides of a step: Nielsen's
 * {@code w - \eta \frac{\partial C_0}{\partial w} - \frac{\eta\lambda}{n} w = (1 -
 * \frac{\eta\lambda}{n}) w - \eta \frac{\partial C_0}{\partial w}} with C₀ "the original cost".
 * Its value is unknown but the same on both sides, so it is read as one more quantity the text
 * names (as an undefined name on both sides is): the step is decided for every value of it.
 * On one side only it stays ∂A/∂B, which the checker reports as not defined.
 */
final class OpaquePartials {
  private static final Pattern PD = Pattern.compile(
      "(?<![A-Za-z0-9_])pd\\(([A-Za-z][A-Za-z0-9]*), ([A-Za-z][A-Za-z0-9]*)\\)");
  /** The engine name of ∂A/∂B read as a quantity: pdvAwrtB. */
  static final Pattern NAME = Pattern.compile("pdv([a-z0-9]+)wrt([a-z0-9]+)");

  private OpaquePartials() {}

  /** {lhs, rhs} with each ∂A/∂B of an undefined A found on both sides as a quantity. */
  static String[] rewrite(DocumentRun run, String lhs, String rhs) {
    Set<String> left = partials(run, lhs);
    left.retainAll(partials(run, rhs));
    String l = lhs;
    String r = rhs;
    for (String pd : left) {
      Matcher m = PD.matcher(pd);
      m.matches();
      String name = "pdv" + m.group(1) + "wrt" + m.group(2);
      l = l.replace(pd, name);
      r = r.replace(pd, name);
    }
    return new String[] {l, r};
  }

  private static Set<String> partials(DocumentRun run, String side) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = PD.matcher(side);
    while (m.find()) {
      String a = m.group(1);
      if (!a.equals(m.group(2)) && !run.ctx.defines(a) && !run.functions.contains(a)
          && !run.ctx.point().containsKey(a) && a.matches("[a-z0-9]+")) {
        out.add(m.group());
      }
    }
    return out;
  }
}
