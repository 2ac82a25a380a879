package gradlab.autodiff;

import gradlab.tensor.DType;
import gradlab.tensor.Tensor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Compares autodiff gradients with central differences in float64, like PyTorch's gradcheck:
 * numeric = (f(x + h·eᵢ) − f(x − h·eᵢ))/2h with h = 1e-6, and an element passes when
 * |analytic − numeric| ≤ atol + rtol·|numeric| (defaults atol 1e-5, rtol 1e-3). Returns a
 * report of the worst element; the caller decides what to do with it.
 */
public final class GradientCheck {
  public static final double STEP = 1e-6;
  public static final double ATOL = 1e-5;
  public static final double RTOL = 1e-3;

  private GradientCheck() {}

  /**
   * @param f builds a scalar output from leaves over {@code inputs} (converted to float64)
   * @param inputs the point
   */
  public static GradientCheckReport check(Function<List<Node>, Node> f, List<Tensor> inputs) {
    List<Tensor> x = inputs.stream().map(t -> t.to(DType.FLOAT64)).toList();
    List<Node> leaves = x.stream().map(Ad::leaf).toList();
    Gradients g = Gradients.of(f.apply(leaves), leaves);
    GradientCheckReport worst = null;
    int checked = 0;
    for (int i = 0; i < x.size(); i++) {
      double[] analytic = g.get(leaves.get(i)).toDoubleArray();
      for (int e = 0; e < analytic.length; e++) {
        double numeric = (value(f, x, i, e, STEP) - value(f, x, i, e, -STEP)) / (2 * STEP);
        double abs = Math.abs(analytic[e] - numeric);
        boolean ok = abs <= ATOL + RTOL * Math.abs(numeric);
        checked++;
        if (worst == null || excess(abs, numeric) > excess(worst.absoluteError(),
            worst.numeric())) {
          worst = new GradientCheckReport(i, e, analytic[e], numeric, abs,
              abs / Math.max(Math.abs(numeric), 1e-12), ok, 0);
        }
      }
    }
    if (worst == null) {
      return new GradientCheckReport(-1, -1, 0, 0, 0, 0, true, 0);
    }
    boolean passed = worst.absoluteError() <= ATOL + RTOL * Math.abs(worst.numeric());
    return new GradientCheckReport(worst.input(), worst.element(), worst.analytic(),
        worst.numeric(), worst.absoluteError(), worst.relativeError(), passed, checked);
  }

  private static double excess(double abs, double numeric) {
    return abs - (ATOL + RTOL * Math.abs(numeric));
  }

  private static double value(Function<List<Node>, Node> f, List<Tensor> x, int input,
      int element, double h) {
    List<Node> leaves = new ArrayList<>();
    for (int i = 0; i < x.size(); i++) {
      Tensor t = x.get(i);
      if (i == input) {
        double[] v = t.toDoubleArray();
        v[element] += h;
        t = Tensor.of(v, t.shape().dims());
      }
      leaves.add(Ad.leaf(t));
    }
    return f.apply(leaves).value().item();
  }
}
