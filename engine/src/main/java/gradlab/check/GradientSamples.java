package gradlab.check;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import gradlab.math.PreciseNumeric;
import gradlab.math.Symbols;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A gradient claim written out for a few sizes ({@link DotProductGradients#writtenOut}), decided
 * at seeded random points: component d of ∇_v L is ∂L/∂v_d by central differences, compared
 * with component d of the right side. The losses read so (sums of max(0, ·) of dot products)
 * are piecewise affine, so where the two quotients with steps h and 2h agree no kink lies
 * between, and the quotient is the derivative itself (up to rounding); a point near a kink is
 * skipped. A Greek constant (the margin Δ) is sampled positive, as texts use it; every other
 * name in (−3, 3). A difference is confirmed at 40 digits before it refutes. Agreement at every point is
 * "unknown" (sizes and points, not every size): no proof is claimed.
 */
final class GradientSamples {
  private static final int[][] SIZES = {{2, 1}, {2, 2}, {3, 1}, {3, 2}};
  private static final int POINTS = 12;
  private static final double H = 1e-4;
  private static final double TOLERANCE = 1e-6;

  private GradientSamples() {}

  /** The verdict on ∇_{variable} of the defined loss = rhs (LaTeX), or null if not read. */
  static StepVerdict judge(DocumentRun run, String definition, String variable, String rhs) {
    Character free = variable.matches("[A-Za-z]_[a-z]") && variable.charAt(2) != 'y'
        ? variable.charAt(2) : null;
    String v = DotProductGradients.variable(variable, free);
    if (!v.matches("[A-Za-z]_(?:\\{\\d\\}|\\d)")) {
      return null;
    }
    String base = v.substring(0, 1);
    String sub = v.replaceAll("[^0-9]", "");
    int compared = 0;
    boolean zero = false;
    boolean nonzero = false;
    for (int[] size : SIZES) {
      int classes = size[0];
      int dims = size[1];
      String lossText = DotProductGradients.writtenOut(definition, classes, dims, free, 0);
      if (lossText == null || !lossText.equals(DotProductGradients.writtenOut(definition,
          classes, dims, free, Math.min(1, dims - 1)))) {
        return null; // the loss itself is a vector (or not read)
      }
      Expression loss = DotProductGradients.read(lossText);
      if (loss == null) {
        return null;
      }
      List<Expression> right = new ArrayList<>();
      List<String> components = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>(Symbols.of(loss));
      for (int d = 0; d < dims; d++) {
        String r = DotProductGradients.writtenOut(rhs, classes, dims, free, d);
        Expression e = r == null ? null : DotProductGradients.read(r);
        Expression c = DotProductGradients.read(base + "_{" + sub + "abc".charAt(d) + "}");
        if (e == null || c == null || Symbols.of(c).size() != 1) {
          return null;
        }
        right.add(e);
        components.add(Symbols.of(c).iterator().next());
        names.addAll(Symbols.of(e));
      }
      if (!names.containsAll(components)) {
        return null;
      }
      Random random = new Random(12 + 10L * classes + dims);
      for (int p = 0; p < POINTS; p++) {
        Map<String, Double> point = new LinkedHashMap<>();
        for (String n : names) { // a Greek constant (the margin Δ) is positive, the rest any
          double x = Math.round((6 * random.nextDouble() - 3) * 1000) / 1000.0;
          point.put(n, LatexNames.readable(n).matches("\\p{InGreek}") ? Math.abs(x) + 0.001
              : x);
        }
        for (int d = 0; d < dims; d++) {
          double slope = slope(loss, point, components.get(d));
          double r = Numeric.value(right.get(d), point, Environment.EMPTY);
          if (Double.isNaN(slope) || !Double.isFinite(r)) {
            continue; // near a kink
          }
          compared++;
          zero |= Math.abs(slope) < 1e-9;
          nonzero |= Math.abs(slope) >= 1e-9;
          if (Math.abs(slope - r) <= TOLERANCE * (1 + Math.max(Math.abs(slope), Math.abs(r)))) {
            continue;
          }
          if (!confirmedApart(loss, right.get(d), point, components.get(d))) {
            return new StepVerdict.NotChecked("the sides differ at " + point + " in double "
                + "precision but not at 40 digits");
          }
          return new StepVerdict.Refuted(point, slope, r, "component " + (d + 1) + " of "
              + "the gradient written out for " + classes + " classes and " + dims
              + (dims == 1 ? " dimension" : " dimensions") + ", the label y the first class: "
              + "∂/∂" + LatexNames.readable(components.get(d)) + " of the loss by central "
              + "differences where it is affine, confirmed to 40 digits");
        }
      }
    }
    if (compared == 0) {
      return new StepVerdict.NotChecked("every point sampled lay near a kink of the loss");
    }
    return new StepVerdict.Unknown(compared, TOLERANCE, "holds written out for 2 and 3 "
        + "classes in 1 and 2 dimensions (the label y the first class, every class alike) at "
        + compared + " components of random points" + (zero && nonzero ? ", the gradient "
        + "zero at some and not at others" : "") + "; not proved for every size");
  }

  /** ∂loss/∂name by central differences, NaN where steps h and 2h disagree (a kink). */
  private static double slope(Expression loss, Map<String, Double> point, String name) {
    double[] q = new double[2];
    for (int k = 0; k < 2; k++) {
      double h = H * (k + 1);
      Map<String, Double> up = new LinkedHashMap<>(point);
      Map<String, Double> down = new LinkedHashMap<>(point);
      up.put(name, point.get(name) + h);
      down.put(name, point.get(name) - h);
      q[k] = (Numeric.value(loss, up, Environment.EMPTY) - Numeric.value(loss, down,
          Environment.EMPTY)) / (2 * h);
    }
    return Math.abs(q[0] - q[1]) <= 1e-7 * (1 + Math.abs(q[0])) ? q[0] : Double.NaN;
  }

  /** Whether the 40-digit evaluation finds the slope and the right side apart too. */
  private static boolean confirmedApart(Expression loss, Expression right,
      Map<String, Double> point, String name) {
    MathContext mc = new MathContext(40);
    Map<String, BigDecimal> exact = new LinkedHashMap<>();
    point.forEach((k, v) -> exact.put(k, new BigDecimal(v)));
    BigDecimal h = new BigDecimal("0.0001");
    Map<String, BigDecimal> up = new LinkedHashMap<>(exact);
    Map<String, BigDecimal> down = new LinkedHashMap<>(exact);
    up.put(name, exact.get(name).add(h));
    down.put(name, exact.get(name).subtract(h));
    try {
      BigDecimal slope = PreciseNumeric.value(loss, up, Environment.EMPTY, 40).subtract(
          PreciseNumeric.value(loss, down, Environment.EMPTY, 40)).divide(h.add(h), mc);
      BigDecimal r = PreciseNumeric.value(right, exact, Environment.EMPTY, 40);
      double gap = slope.subtract(r).abs().doubleValue();
      return gap > TOLERANCE * (1 + Math.max(slope.abs().doubleValue(),
          r.abs().doubleValue()));
    } catch (RuntimeException e) {
      return false;
    }
  }
}
