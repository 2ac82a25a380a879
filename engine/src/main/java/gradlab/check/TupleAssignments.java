package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pair (or tuple) of names set equal to a pair of values, as texts state training points:
 * d2l's {@code (x_1, y_1) = (0, 1)}, {@code (a, b) = (2, -1)}. Equality of tuples is equality of
 * their components under every reading (a point, a vector, an interval's ends), so the statement
 * is read as {@code x_1 = 0} and {@code y_1 = 1}, each as the reader reads such a line. It was
 * "cannot read: pairs (a, b)", and the points it names were unknown to every later step.
 * Only names (a letter or a Greek command, with a short subscript) on the left, as many values
 * as names on the right, each without brackets or commas of its own, and no name twice.
 */
final class TupleAssignments {
  private static final String NAME = "(?:[A-Za-z]|\\\\[A-Za-z]+)(?:_(?:\\{[A-Za-z0-9]{1,3}\\}"
      + "|[A-Za-z0-9]))?";
  private static final Pattern LEFT = Pattern.compile("\\s*\\(\\s*(" + NAME + "(?:\\s*,\\s*"
      + NAME + ")+)\\s*\\)\\s*");
  /** A value: a signed number, a name or a fraction, no bracket or comma of its own. */
  private static final Pattern VALUE = Pattern.compile(
      "\\s*-?\\s*(?:[0-9]+(?:\\.[0-9]+)?|" + NAME + "|\\\\frac\\{[^{}]*\\}\\{[^{}]*\\}"
      + "|\\\\tfrac\\{[^{}]*\\}\\{[^{}]*\\})\\s*");
  private static final Pattern RIGHT = Pattern.compile("\\s*\\(([^()]*)\\)\\s*");
  /** Greek commands that are constants or operators, never names set here. */
  private static final Pattern NOT_A_NAME = Pattern.compile("\\\\(?:pi|infty|frac|tfrac|cdot"
      + "|ldots|dots|quad|text|mathrm)(?![A-Za-z]).*");

  private TupleAssignments() {}

  /** The statements {@code name = value}, one a component, or null where it is no such tuple. */
  static List<String> split(String latex) {
    String s = latex.strip().replaceAll("[.,;]$", "").strip();
    int eq = s.indexOf('=');
    if (eq < 0 || s.indexOf('=', eq + 1) >= 0) {
      return null;
    }
    Matcher l = LEFT.matcher(s.substring(0, eq));
    Matcher r = RIGHT.matcher(s.substring(eq + 1));
    if (!l.matches() || !r.matches()) {
      return null;
    }
    String[] names = l.group(1).split("\\s*,\\s*");
    String[] values = r.group(1).split(",", -1);
    if (names.length != values.length) {
      return null;
    }
    List<String> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int k = 0; k < names.length; k++) {
      String n = names[k].strip();
      if (NOT_A_NAME.matcher(n).matches() || seen.contains(n)
          || !VALUE.matcher(values[k]).matches()) {
        return null;
      }
      seen.add(n);
      out.add(n + " = " + values[k].strip());
    }
    return List.copyOf(out);
  }
}
