package gradlab.check;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Greek letters that name a function when applied: {@code \zeta(x)} is the softplus
 * log(1 + eˣ), as Goodfellow et al. write it (3.10, 6.2.2.2), the way σ(x) is the sigmoid. A ζ
 * the text defines itself, as a function ({@code \zeta(x) = x^2}) or a quantity
 * ({@code \zeta = 3}), anywhere in it, is never read as the softplus (ζ(x) is then ζ times x);
 * unless its first {@code \zeta(x) = …} is the softplus log(1 + eˣ) itself (Goodfellow's 3.31),
 * when later ones are claims about it. ζ with a subscript or nothing in brackets after it is a
 * name.
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
    Matcher m = ZETA_DEFINED.matcher(text);
    boolean first = true; // the first ζ(x) = … defines ζ; later ones are claims about it
    while (m.find()) {
      boolean inline = text.substring(0, m.start()).matches("(?s).*[^$]\\$\\s*");
      if (m.group(2) == null || (first || inline) && !softplusDefinition(m.group(2),
          text.substring(m.end()))) { // Let $\zeta(x) = x^2$ later: defined anew
        names.add("zetav");
      }
      first &= m.group(2) == null;
    }
    return names;
  }

  /**
   * Whether the definition ζ(v) = … whose right side starts {@code rest} is the softplus itself,
   * log(1 + eᵛ) (Goodfellow's 3.31): then the softplus reading agrees with the text's own ζ.
   */
  private static boolean softplusDefinition(String head, String rest) {
    if (head == null) {
      return false;
    }
    String v = head.replaceAll("\\\\right|[()\\s]", "");
    int end = rest.indexOf('$');
    String rhs = (end < 0 ? rest : rest.substring(0, end)).replaceAll("\\\\tag\\{[^}]*\\}", "")
        .strip().replaceAll("[.,;]$", "");
    try {
      String read = LatexReader.read(rhs).engineSyntax().replace(" ", "");
      return read.equals("Log(1+Exp(" + v + "))") || read.equals("Log(1+E^(" + v + "))");
    } catch (RuntimeException e) {
      return false;
    }
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
