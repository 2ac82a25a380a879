package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A layer written without its pre-activation, "$a_i = \sigma(w_i a_{i-1})$", in a text whose
 * steps then take ∂a₄/∂z₄ and σ′(z₄) of a z_i it never defines (seed 001's worked solution):
 * z_i is the argument of σ, as every such text means, and the definition is read as "$z_i =
 * w_i a_{i-1}$ and $a_i = \sigma(z_i)$". Only where the text itself writes ∂A_k/∂Z_k (the layer
 * over the letter, same index), Z is defined nowhere, and the definition stands alone in its
 * inline formula; otherwise the text is left as written and z_i stays "not defined".
 */
final class ImplicitPreActivations {
  private static final Pattern LAYER = Pattern.compile("\\$\\s*([A-Za-z])_\\{?([a-z])\\}?\\s*="
      + "\\s*(\\\\sigma|\\\\tanh)\\s*\\(");
  private static final Pattern PARTIAL = Pattern.compile("\\\\frac\\{\\s*\\\\partial\\s*"
      + "([A-Za-z])_\\{?(\\w)\\}?\\s*\\}\\{\\s*\\\\partial\\s*([A-Za-z])_\\{?\\2\\}?\\s*\\}");

  private ImplicitPreActivations() {}

  /** The text as read, and the head of the definition read into it ({@code z_{i}}), or null. */
  record Read(String text, String head) {
    /** {@code steps} with that definition saying that the text did not write it. */
    java.util.List<StepResult> noted(java.util.List<StepResult> steps) {
      if (head == null) {
        return steps;
      }
      String shown = head.replace("{", "").replace("}", "");
      return steps.stream().map(s -> !s.isClaim() && s.lhs().strip().equals(head)
          ? new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(), null, s.note()
              + ": the activation's argument, which the text's ∂/∂" + shown + " names (not "
              + "written as a definition there)")
          : s).toList();
    }
  }

  static String rewrite(String text) {
    return read(text).text();
  }

  static Read read(String text) {
    Matcher m = LAYER.matcher(text);
    while (m.find()) {
      String a = m.group(1);
      String i = m.group(2);
      int close = TopLevel.closing(text, m.end() - 1);
      if (close < 0 || text.substring(m.end(), close).contains("$")
          || !text.substring(close + 1).stripLeading().startsWith("$")) {
        continue;
      }
      String arg = text.substring(m.end(), close).strip();
      String z = argumentLetter(text, a);
      if (z == null || arg.matches("[A-Za-z](_\\{?\\w+\\}?)?")
          || !Pattern.compile("(?<![A-Za-z\\\\])" + i + "(?![A-Za-z])").matcher(arg).find()) {
        continue;
      }
      int end = text.indexOf('$', close + 1);
      String explicit = "$" + z + "_{" + i + "} = " + arg + "$ and $" + a + "_{" + i + "} = "
          + m.group(3) + "(" + z + "_{" + i + "})$";
      return new Read(text.substring(0, m.start()) + explicit + text.substring(end + 1),
          z + "_{" + i + "}");
    }
    return new Read(text, null);
  }

  /** The letter Z of a ∂A_k/∂Z_k the text writes, where Z is defined nowhere; else null. */
  private static String argumentLetter(String text, String a) {
    Matcher p = PARTIAL.matcher(text);
    while (p.find()) {
      String z = p.group(3);
      // defined: Z_k at the start of a relation ($z_1 = …, \\ z_1 := …), never the z_1} of
      // a \partial z_1} = …
      if (p.group(1).equals(a) && !z.equals(a) && !Pattern.compile("(?m)(?:^|[$&,]|\\\\\\\\)"
          + "\\s*" + z + "_(?:\\{\\w+\\}|\\w)\\s*(=|:=|\\\\coloneqq)").matcher(text).find()) {
        return z;
      }
    }
    return null;
  }
}
