package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The right side of a finite-difference formula ({@link FiniteDifferences}) with each value
 * {@code f(x + a h)} written to second order in its offset: {@code F_{0} + (a h) F_{1} +
 * \frac{(a h)^2}{2} F_{2}}. Every argument of f must be x itself or x plus or minus an offset
 * that is the step, a number times it, or it over a number, one step name for all; f may appear
 * nowhere else. Immutable.
 *
 * @param expanded the right side with f's values replaced
 * @param step the step's LaTeX name (h, \epsilon), or null where every argument is x
 */
record DifferenceQuotient(String expanded, String step) {
  private static final Pattern OFFSET = Pattern.compile("^(\\d+(?:\\.\\d+)?)?\\s*(?:\\\\cdot"
      + "\\s*)?([A-Za-z]|\\\\[A-Za-z]+)$|^\\\\frac\\{\\s*([A-Za-z]|\\\\[A-Za-z]+)\\s*\\}\\{\\s*"
      + "(\\d+)\\s*\\}$");

  /** The quotient of {@code rhs} for function {@code f} at {@code x}, or null. */
  static DifferenceQuotient of(String rhs, String f, String x) {
    String s = rhs.replace("\\left(", "(").replace("\\right)", ")");
    StringBuilder out = new StringBuilder();
    String step = null;
    int values = 0;
    int i = 0;
    while (i < s.length()) {
      boolean head = s.startsWith(f, i) && (i == 0 || !Character.isLetter(s.charAt(i - 1))
          && s.charAt(i - 1) != '\\') && (i + f.length() >= s.length()
          || !Character.isLetter(s.charAt(i + f.length())));
      if (!head) {
        out.append(s.charAt(i++));
        continue;
      }
      int open = i + f.length();
      while (open < s.length() && s.charAt(open) == ' ') {
        open++;
      }
      int close = open < s.length() && s.charAt(open) == '(' ? TopLevel.closing(s, open) : -1;
      if (close < 0) {
        return null; // f on its own, or f' in the quotient: not a value of f
      }
      String arg = s.substring(open + 1, close).strip();
      String offset = offset(arg, x);
      if (offset == null) {
        return null;
      }
      if (!offset.isEmpty()) {
        Matcher m = OFFSET.matcher(offset.substring(1).strip());
        String name = m.matches() ? (m.group(2) != null ? m.group(2) : m.group(3)) : null;
        if (name == null || name.equals(x) || name.equals(f) || step != null
            && !step.equals(name)) {
          return null;
        }
        step = name;
      }
      String a = offset.isEmpty() ? "0" : "\\left(" + offset + "\\right)";
      out.append("\\left(").append(FiniteDifferences.TAYLOR[0]).append(offset.isEmpty() ? ""
          : " + " + a + " " + FiniteDifferences.TAYLOR[1] + " + \\frac{" + a + "^{2}}{2} "
          + FiniteDifferences.TAYLOR[2]).append("\\right)");
      values++;
      i = close + 1;
    }
    return values < 2 ? null : new DifferenceQuotient(out.toString(), step);
  }

  /** "" where {@code arg} is x, "+ rest" or "- rest" where it is x ± rest, else null. */
  private static String offset(String arg, String x) {
    if (arg.equals(x)) {
      return "";
    }
    if (!arg.startsWith(x)) {
      return null;
    }
    String rest = arg.substring(x.length()).strip();
    return rest.startsWith("+") || rest.startsWith("-") ? rest.charAt(0) + " "
        + rest.substring(1).strip() : null;
  }
}
