package gradlab.symbolic;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where the variables of an identity live: an open interval per variable (default (−3, 3)).
 * Positivity known from the domain is used by the prover to simplify √.
 *
 * @param intervals variable name → {low, high}
 */
public record Domain(Map<String, double[]> intervals) {
  public Domain {
    intervals = Map.copyOf(intervals);
  }

  public static Domain reals() {
    return new Domain(Map.of());
  }

  /** A copy with {@code low < name < high}. */
  public Domain with(String name, double low, double high) {
    if (!(low < high)) {
      throw new IllegalArgumentException("empty interval for " + name + ": " + low + ", " + high);
    }
    Map<String, double[]> m = new LinkedHashMap<>(intervals);
    m.put(name, new double[] {low, high});
    return new Domain(m);
  }

  double[] interval(String name) {
    return intervals.getOrDefault(name, new double[] {-3, 3});
  }

  boolean isPositive(String name) {
    double[] i = intervals.get(name);
    return i != null && i[0] >= 0;
  }
}
