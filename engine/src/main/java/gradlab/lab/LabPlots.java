package gradlab.lab;

import gradlab.plot.Figure;
import gradlab.plot.Plots;
import gradlab.symbolic.Expr;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

/**
 * The facade's drawing entry points: an expression as a Java function, figures, plots and the
 * session's output folder. {@link Lab} extends this class so that {@code Lab.plot(…)} and
 * {@code import static gradlab.lab.Lab.*} reach them as before (static members are inherited);
 * nothing else extends it.
 */
public abstract class LabPlots {
  LabPlots() {}

  /** e as a Java function of one variable. */
  public static DoubleUnaryOperator fn(Object e, String var) {
    Expr x = Lab.expr(e);
    return v -> Lab.engine().numeric(x, Map.of(var, v));
  }

  public static Figure figure(String title, String xLabel, String yLabel) {
    return Figure.of(title, xLabel, yLabel);
  }

  /**
   * Writes the figure under the session's output directory (default {@code out}).
   *
   * @return the path written, relative when the output directory is
   */
  public static Path plot(Figure figure, String fileName) {
    Path target = Lab.outputDir().resolve(fileName);
    Plots.write(figure, target);
    return target;
  }

  /**
   * Draws expr over [from, to] in var ({@value ExpressionPlot#POINTS} points; a gap where it
   * has no real value) as {@code plot-<expr>.png} under the output directory; the path. Python's
   * {@code lab.plot(expr, var, from, to)} is this method.
   */
  public static Path plot(String expr, String var, double from, double to) {
    return plot(expr, var, from, to, ExpressionPlot.fileName(expr));
  }

  /** As {@link #plot(String, String, double, double)}, to the file named. */
  public static Path plot(String expr, String var, double from, double to, String fileName) {
    return plot(ExpressionPlot.figure(expr, var, from, to), fileName);
  }

  /** The session's output directory (plots, grades). */
  public static Path outputDir() {
    return Lab.context().outputDir();
  }
}
