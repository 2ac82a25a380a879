package gradlab.plot;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;

/**
 * An immutable description of a 2-d line chart: series of points and marked points.
 *
 * @param title the chart title
 * @param xLabel the x-axis label
 * @param yLabel the y-axis label
 * @param series the lines, drawn in order
 * @param marks single points drawn as markers with their label
 * @param logY whether the y axis is logarithmic
 */
public record Figure(String title, String xLabel, String yLabel, List<Series> series,
    List<Mark> marks, boolean logY) {

  /**
   * A named line through the points (x[i], y[i]), with error bars ±error[i] when error is not
   * null.
   */
  public record Series(String name, double[] x, double[] y, double[] error) {
    public Series {
      if (x.length != y.length || x.length == 0 || error != null && error.length != y.length) {
        throw new IllegalArgumentException("series '" + name + "': x has " + x.length
            + " points, y has " + y.length + (error == null ? "" : ", error " + error.length)
            + "; hint: all need the same non-zero length");
      }
      x = x.clone();
      y = y.clone();
      error = error == null ? null : error.clone();
    }

    public Series(String name, double[] x, double[] y) {
      this(name, x, y, null);
    }
  }

  /** A labelled point. */
  public record Mark(String label, double x, double y) {}

  public Figure {
    series = List.copyOf(series);
    marks = List.copyOf(marks);
  }

  public static Figure of(String title, String xLabel, String yLabel) {
    return new Figure(title, xLabel, yLabel, List.of(), List.of(), false);
  }

  /**
   * Adds f sampled at {@code points} evenly spaced x in [from, to]; where f is not finite, or
   * jumps across a pole between two samples, the line breaks (a NaN point, which the chart
   * leaves as a gap).
   */
  public Figure withFunction(String name, DoubleUnaryOperator f, double from, double to,
      int points) {
    if (!(from < to) || points < 2) {
      throw new IllegalArgumentException("plot range must have from < to and at least 2 points, "
          + "got [" + from + ", " + to + "] with " + points);
    }
    List<double[]> xy = new ArrayList<>();
    boolean gap = false;
    int finite = 0;
    for (int i = 0; i < points; i++) {
      double x = from + (to - from) * i / (points - 1);
      double y = f.applyAsDouble(x);
      if (!Double.isFinite(y)) {
        gap = true;
        continue;
      }
      double[] prev = xy.isEmpty() ? null : xy.get(xy.size() - 1);
      if (prev != null && (gap || pole(f, prev[0], prev[1], x, y))) {
        // a break, not a line: 1/z was drawn as a vertical stroke through its pole
        xy.add(new double[] {(prev[0] + x) / 2, Double.NaN});
      }
      xy.add(new double[] {x, y});
      gap = false;
      finite++;
    }
    if (finite == 0) {
      xy.clear();
    }
    double[] xs = xy.stream().mapToDouble(p -> p[0]).toArray();
    double[] ys = xy.stream().mapToDouble(p -> p[1]).toArray();
    return withSeries(new Series(name, xs, ys));
  }

  /**
   * Whether f jumps between two neighbouring samples across a pole: the sign changes and f at
   * the middle is larger in size than at both ends, or not finite (1/z across 0; a steep but
   * continuous tanh(100x) is smaller in the middle).
   */
  private static boolean pole(DoubleUnaryOperator f, double x0, double y0, double x1, double y1) {
    if (Math.signum(y0) * Math.signum(y1) >= 0) {
      return false;
    }
    double mid = f.applyAsDouble((x0 + x1) / 2);
    return !Double.isFinite(mid) || Math.abs(mid) > Math.max(Math.abs(y0), Math.abs(y1));
  }

  /** The same figure with a logarithmic y axis (all y values must be positive). */
  public Figure withLogY() {
    return new Figure(title, xLabel, yLabel, series, marks, true);
  }

  public Figure withSeries(Series s) {
    List<Series> all = new ArrayList<>(series);
    all.add(s);
    return new Figure(title, xLabel, yLabel, all, marks, logY);
  }

  public Figure withMark(String label, double x, double y) {
    List<Mark> all = new ArrayList<>(marks);
    all.add(new Mark(label, x, y));
    return new Figure(title, xLabel, yLabel, series, all, logY);
  }
}
