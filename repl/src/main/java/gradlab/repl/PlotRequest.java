package gradlab.repl;

import gradlab.check.TopLevel;
import java.util.List;

/**
 * The arguments of {@code :plot expr, var, from, to}, split only at commas outside brackets, so
 * that {@code diff(sigma(z), z), z, -6, 6} has the expression {@code diff(sigma(z), z)}. Also
 * read as people type it: {@code :plot sigma(x) from -5 to 5}, {@code :plot w*x, x from 0 to 1}
 * and {@code :plot w*x for x from 0 to 1}; without a variable it is the expression's one free
 * name (see {@link MathCommands#plot}).
 *
 * @param expression the math to plot, as typed
 * @param variable the horizontal axis, or empty where the text did not name it
 * @param from left end of the range
 * @param to right end, greater than {@code from}
 */
record PlotRequest(String expression, String variable, double from, double to) {
  /** {@code expr[, var | for var] from a to b}. */
  private static final java.util.regex.Pattern FROM_TO = java.util.regex.Pattern.compile(
      "(.+?)(?:\\s*,\\s*([A-Za-z][A-Za-z0-9_]*)|\\s+(?:for|over)\\s+([A-Za-z][A-Za-z0-9_]*))?"
          + "\\s+from\\s+(\\S+)\\s+to\\s+(\\S+)");
  static final String USAGE = ":plot needs 'expr, var, from, to', e.g. :plot sigma(x), x, -6, "
      + "6 or :plot sigma(x) from -6 to 6";

  PlotRequest {
    if (!(from < to)) {
      throw new IllegalArgumentException(":plot range must have from < to, got " + from
          + " and " + to + "; hint: " + USAGE.substring(":plot needs ".length()));
    }
  }

  /** Parses the text after {@code :plot}. */
  static PlotRequest parse(String args) {
    java.util.regex.Matcher m = FROM_TO.matcher(args.strip());
    if (m.matches() && !m.group(1).isBlank()) {
      String variable = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : "";
      return new PlotRequest(m.group(1).strip(), variable, number(m.group(4)),
          number(m.group(5)));
    }
    List<String> p = TopLevel.split(args, ',').stream().map(String::strip).toList();
    if (p.size() != 4 || p.stream().anyMatch(String::isEmpty)) {
      throw new IllegalArgumentException(USAGE + " (got " + p.size() + " part"
          + (p.size() == 1 ? "" : "s") + ")");
    }
    if (!p.get(1).matches("[A-Za-z][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(":plot: the variable must be a name, got '" + p.get(1)
          + "'; " + USAGE);
    }
    return new PlotRequest(p.get(0), p.get(1), number(p.get(2)), number(p.get(3)));
  }

  private static double number(String s) {
    try {
      double v = Double.parseDouble(s.replace('−', '-'));
      if (Double.isFinite(v)) {
        return v;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(":plot: '" + s + "' is not a number; " + USAGE);
  }
}
