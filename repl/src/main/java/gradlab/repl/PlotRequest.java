package gradlab.repl;

import gradlab.check.TopLevel;
import java.util.List;

/**
 * The arguments of {@code :plot expr, var, from, to}, split only at commas outside brackets, so
 * that {@code diff(sigma(z), z), z, -6, 6} has the expression {@code diff(sigma(z), z)}.
 *
 * @param expression the math to plot, as typed
 * @param variable the horizontal axis
 * @param from left end of the range
 * @param to right end, greater than {@code from}
 */
record PlotRequest(String expression, String variable, double from, double to) {
  static final String USAGE = ":plot needs 'expr, var, from, to', e.g. :plot sigma(x), x, -6, 6";

  PlotRequest {
    if (!(from < to)) {
      throw new IllegalArgumentException(":plot range must have from < to, got " + from
          + " and " + to + "; hint: " + USAGE.substring(":plot needs ".length()));
    }
  }

  /** Parses the text after {@code :plot}. */
  static PlotRequest parse(String args) {
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
