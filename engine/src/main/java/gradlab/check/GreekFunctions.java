package gradlab.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Greek letters that name a function when applied: {@code \zeta(x)} is the softplus
 * log(1 + eˣ), as Goodfellow et al. write it (3.10, 6.2.2.2), the way σ(x) is the sigmoid. A ζ
 * the text defines itself, as a function ({@code \zeta(x) = x^2}) or a quantity
 * ({@code \zeta = 3}), anywhere in it, is never read as the softplus (ζ(x) is then ζ times x, as
 * before); ζ with a subscript or nothing in brackets after it is a name.
 */
final class GreekFunctions {
  /** ζ(x) = …, ζ = …, ζ := … anywhere in the text: the text's own ζ. */
  private static final Pattern ZETA_DEFINED = Pattern.compile(
      "\\\\zeta\\s*(\\\\left)?(\\(\\s*[A-Za-z]\\s*(\\\\right)?\\))?\\s*"
      + "(=|:=|\\\\equiv|\\\\coloneqq|\\\\triangleq|\\\\leftarrow)");

  private GreekFunctions() {}

  /**
   * The reader's names of the Greek letters that {@code text} defines itself (then they are
   * quantities of the text, not the functions they name elsewhere).
   */
  static Set<String> definedByText(String text) {
    Set<String> names = new HashSet<>();
    if (ZETA_DEFINED.matcher(text).find()) {
      names.add("zetav");
    }
    return names;
  }

  /**
   * The function applied, when the cursor (just past {@code \cmd}) is at its bracket, else null
   * (nothing is consumed then).
   */
  static String[] applied(LatexReader r, String cmd) {
    if (!cmd.equals("zeta") || r.reading().variables().contains("zetav")) {
      return null;
    }
    LatexCursor c = r.cursor();
    int save = c.position();
    c.skipSpacing();
    boolean bracket = c.peek() == '(';
    c.reset(save);
    return bracket ? LatexReader.operand(LatexCommands.applyFunction(r, "softplus")) : null;
  }
}
