package gradlab.check;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Greek letters that name a function when applied, as the texts write them: {@code \zeta(x)} is
 * the softplus log(1 + eˣ) (Goodfellow et al. 3.10, 6.2.2.2), the way σ(x) is the sigmoid. Φ is
 * not here: it is the normal CDF only where the text says so ({@link GreekFunctionNames}); a Φ
 * the text never describes may be a feature map or anything else, so Φ(x) gets two readings. A
 * letter the text defines itself — a math span that opens with {@code \zeta(x) = x^2} or
 * {@code \Phi = 3} — is the text's own and never read as that function (ζ(x) is then ζ times x),
 * unless its first definition is that function itself (Goodfellow's 3.31, ζ(x) = log(1 + exp(x)),
 * after which displays {@code \zeta(x) = …} are claims about it; an inline one defines ζ anew).
 * With a subscript or nothing in brackets after it, the letter is a name.
 */
final class GreekFunctions {
  /** The letter's command, its name as a quantity, and the engine form of the function of v. */
  private record Function(String command, String quantity, String[] forms) {
    String apply(String arg) {
      return forms[0].replace("v", "(" + arg + ")");
    }
  }

  private static final Map<String, Function> FUNCTIONS = Map.of(
      "zeta", new Function("zeta", "zetav", new String[] {"softplus(v)", "Log(1+Exp(v))",
          "Log(1+E^(v))"}));

  private GreekFunctions() {}

  /** A math span that opens with \cmd(v) = … or \cmd = …: the text defines the letter. */
  private static Pattern definition(String cmd) {
    return Pattern.compile("(?<=\\$)\\s*\\\\" + cmd + "\\s*(\\\\left)?(\\(\\s*([A-Za-z])\\s*"
        + "(\\\\right)?\\))?\\s*(=|:=|\\\\equiv|\\\\coloneqq|\\\\triangleq|\\\\leftarrow)");
  }

  /**
   * The reader's names of the letters that {@code text} defines itself (then they are
   * quantities of the text, not the functions they name elsewhere).
   */
  static Set<String> definedByText(String text) {
    Set<String> names = new HashSet<>();
    for (Function f : FUNCTIONS.values()) {
      Matcher m = definition(f.command()).matcher(text);
      boolean first = true; // the first \zeta(x) = … defines ζ; later displays are claims
      while (m.find()) {
        boolean inline = !text.substring(0, m.start()).endsWith("$$");
        if (m.group(3) == null || (first || inline) && !sameFunction(f, m.group(3),
            text.substring(m.end()))) { // Let $\zeta(x) = x^2$ after it: defined anew
          names.add(f.quantity());
        }
        first &= m.group(3) == null;
      }
    }
    return names;
  }

  /** Whether the definition whose right side starts {@code rest} is {@code f} of {@code v}. */
  private static boolean sameFunction(Function f, String v, String rest) {
    int end = rest.indexOf('$');
    String rhs = (end < 0 ? rest : rest.substring(0, end)).replaceAll("\\\\tag\\{[^}]*\\}", "")
        .strip().replaceAll("[.,;]$", "");
    try {
      String read = LatexReader.read(rhs).engineSyntax().replace(" ", "");
      for (String form : f.forms()) {
        if (read.equals(form.replace("v", v))) {
          return true;
        }
      }
      return false;
    } catch (RuntimeException e) {
      return false;
    }
  }

  /**
   * The function applied, when the cursor (just past {@code \cmd}) is at its bracket, else null
   * (nothing is consumed then).
   */
  static String[] applied(LatexReader r, String cmd) {
    Function f = FUNCTIONS.get(cmd);
    if (f == null || r.reading().variables().contains(f.quantity())) {
      return null;
    }
    LatexCursor c = r.cursor();
    int save = c.position();
    c.skipSpacing();
    if (cmd.equals("zeta") && (c.startsWith("^{-1}") || c.startsWith("^{ -1 }"))) {
      return LatexReader.operand(LatexFunctionApplication.apply(r, "softplus")); // ζ⁻¹(x)
    }
    if (c.peek() != '(') {
      c.reset(save);
      return null;
    }
    if (cmd.equals("zeta")) { // the engine's softplus, whose derivative it knows
      return LatexReader.operand(LatexFunctionApplication.apply(r, "softplus"));
    }
    c.advance();
    return LatexReader.operand(f.apply(r.sequence(')')));
  }
}
