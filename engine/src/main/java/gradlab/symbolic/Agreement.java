package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import gradlab.math.Symbols;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Checks that a rewritten expression (simplified, factored, …) equals its input as a function:
 * both are evaluated at five fixed pseudo-random points in (−1.7, 1.7) of every symbol; points
 * where either side is undefined are skipped. A difference in double precision is confirmed at
 * 40 digits before it counts (an expanded polynomial loses digits to cancellation in double).
 * Pure; thread-safe.
 */
final class Agreement {
  private static final double TOLERANCE = 1e-9;

  private Agreement() {}

  /** Where the two differ (a readable point), or null when they agree at every point tried. */
  static String disagreement(Expression input, Expression output) {
    if (!TreeBridge.isPlain(input) || !TreeBridge.isPlain(output)) {
      return null; // lists, relations or heads we cannot evaluate: nothing to compare
    }
    Set<String> names = new LinkedHashSet<>(Symbols.of(input));
    names.addAll(Symbols.of(output));
    Random random = new Random(7);
    for (int k = 0; k < 5; k++) {
      Map<String, Double> point = new LinkedHashMap<>();
      for (String n : names) {
        point.put(n, Math.round((random.nextDouble() * 3.4 - 1.7) * 1000) / 1000.0);
      }
      double a;
      double b;
      try {
        a = Numeric.value(input, point, Environment.EMPTY);
        b = Numeric.value(output, point, Environment.EMPTY);
      } catch (ArithmeticException | IllegalArgumentException e) {
        continue;
      }
      if (Math.abs(a - b) > TOLERANCE * (1 + Math.abs(a)) && differAtHighPrecision(input,
          output, point)) {
        return "at " + point + " (" + a + " against " + b + ")";
      }
    }
    return null;
  }

  private static boolean differAtHighPrecision(Expression input, Expression output,
      Map<String, Double> point) {
    Map<String, java.math.BigDecimal> exact = new LinkedHashMap<>();
    point.forEach((n, v) -> exact.put(n, java.math.BigDecimal.valueOf(v))); // 3 decimals: exact
    try {
      java.math.BigDecimal a = gradlab.math.PreciseNumeric.value(input, exact, Environment.EMPTY,
          40);
      java.math.BigDecimal b = gradlab.math.PreciseNumeric.value(output, exact,
          Environment.EMPTY, 40);
      java.math.BigDecimal scale = java.math.BigDecimal.ONE.add(a.abs());
      return a.subtract(b).abs().compareTo(scale.movePointLeft(25)) > 0;
    } catch (ArithmeticException | IllegalArgumentException | UnsupportedOperationException e) {
      return true; // the double values differ and nothing better can be said
    }
  }
}
