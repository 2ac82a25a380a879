package gradlab.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name whose definition the reader did not take ({@link UntakenDefinitions}) does not block a
 * derivative taken with respect to that name. DPO's {@code u = \hat{r}_\theta(x, y_w) -
 * \hat{r}_\theta(x, y_l)} is not read (r̂ is a function of the text's own notation), and
 * {@code \frac{d}{du}(-\log \sigma(u)) = …} was "not checked", its planted error missed
 * (held-out set 28): whatever u is, d/du treats it as the variable. Only where every derivative
 * of the step is with respect to such names and the names are all the step's untaken ones; a
 * derivative by another variable (d/dx of u x) may act through u and stays not checked.
 */
final class DifferentiationVariables {
  private static final Pattern HEAD = Pattern.compile(
      "(?<![A-Za-z0-9_])(?:pd|dd|D|diff|Derivative)\\(");

  private DifferentiationVariables() {}

  /** Whether the step's derivatives are all, and only, with respect to {@code untaken}. */
  static boolean only(String lhs, String rhs, Set<String> untaken) {
    if (untaken.isEmpty()) {
      return false;
    }
    Set<String> variables = of(lhs + " " + rhs);
    return variables != null && !variables.isEmpty() && variables.equals(untaken);
  }

  /** The variables of the derivatives in {@code sides}, or null where one cannot be read. */
  static Set<String> of(String sides) {
    Set<String> out = new HashSet<>();
    Matcher m = HEAD.matcher(sides);
    while (m.find()) {
      int close = ClaimForms.closing(sides, m.end() - 1);
      if (close < 0) {
        return null;
      }
      List<String> args = TopLevel.split(sides.substring(m.end(), close), ',');
      if (args.size() < 2) {
        return null;
      }
      String v = args.get(args.size() - 1).strip();
      if (!v.matches("[A-Za-z][A-Za-z0-9_]*")) {
        return null; // {u, 2}, or several variables: not read here
      }
      out.add(v);
    }
    return out;
  }
}
