package gradlab.lab;

import gradlab.plot.Figure;
import java.util.function.DoubleUnaryOperator;

/**
 * An expression of one variable drawn over a range: the one implementation behind Java's
 * {@link Lab#plot(String, String, double, double)} and Python's and JavaScript's
 * {@code lab.plot(expr, var, from, to)}. {@value #POINTS} evenly spaced points; where the
 * expression has no real value the line has a gap.
 */
final class ExpressionPlot {
  static final int POINTS = 201;

  private ExpressionPlot() {}

  static Figure figure(String expr, String var, double from, double to) {
    DoubleUnaryOperator f = Lab.fn(expr, var);
    return Figure.of(expr, var, expr).withFunction(expr, x -> {
      try {
        return f.applyAsDouble(x);
      } catch (IllegalArgumentException | ArithmeticException noRealValue) {
        return Double.NaN;
      }
    }, from, to, POINTS);
  }

  /** {@code plot-sigma_x.png} for {@code sigma(x)}: a rerun writes the same file again. */
  static String fileName(String expr) {
    String slug = expr.replaceAll("[^A-Za-z0-9]+", "_").replaceAll("^_|_$", "");
    return "plot-" + (slug.isEmpty() ? "expr" : slug.substring(0, Math.min(slug.length(), 40)))
        + ".png";
  }
}
