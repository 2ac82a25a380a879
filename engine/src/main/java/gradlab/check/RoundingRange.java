package gradlab.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a side could have had before its decimals were rounded: each decimal literal varies
 * by half a unit in its last written place. The side is evaluated at every corner of that box
 * (up to six literals, else 64 random corners), at its centre and at eight random interior
 * points, so that a side that is not monotone in a literal is still covered at those samples.
 * Perturbed literals are written as exact decimals ({@link BigDecimal#toPlainString()}), never
 * in E-notation, which the reader would take for e·…
 */
final class RoundingRange {
  static final Pattern DECIMAL = Pattern.compile("(?<![\\w.])(\\d+)\\.(\\d+)(?![\\w.])");

  private RoundingRange() {}

  static boolean hasDecimals(String side) {
    return DECIMAL.matcher(side).find();
  }

  /** {lowest, highest} value of {@code side} over the rounding box, by {@code value}. */
  static double[] of(String side, ToDoubleFunction<String> value) {
    return of(side, value, java.util.Set.of());
  }

  /**
   * As {@link #of(String, ToDoubleFunction)}, with the literals whose value is in
   * {@code stated} (values the text states, η = 0.1) taken exactly: a given value is not a
   * rounded one. A side that is one number is the writer's computed result and keeps its
   * rounding whatever its value.
   */
  static double[] of(String side, ToDoubleFunction<String> value,
      java.util.Set<BigDecimal> stated) {
    boolean result = side.strip().matches("-?\\d+(\\.\\d+)?");
    return box(result ? side : exactStated(side, stated), value);
  }

  private static double[] box(String side, ToDoubleFunction<String> value) {
    Matcher m = DECIMAL.matcher(side);
    List<int[]> spans = new ArrayList<>();
    List<BigDecimal> literals = new ArrayList<>();
    List<BigDecimal> halves = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
      literals.add(new BigDecimal(m.group()));
      halves.add(new BigDecimal("0.5").movePointLeft(m.group(2).length()));
    }
    double lo = Double.POSITIVE_INFINITY;
    double hi = Double.NEGATIVE_INFINITY;
    int n = spans.size();
    if (n == 0) {
      double v = value.applyAsDouble(side);
      return new double[] {v, v};
    }
    boolean allCorners = n <= 6;
    int corners = allCorners ? 1 << n : 64;
    Random random = new Random(1);
    for (int c = 0; c < corners + 9; c++) {
      StringBuilder b = new StringBuilder(side);
      for (int k = n - 1; k >= 0; k--) {
        BigDecimal shift;
        if (c < corners) {
          boolean up = allCorners ? ((c >> k) & 1) == 1 : random.nextBoolean();
          shift = up ? halves.get(k) : halves.get(k).negate();
        } else if (c == corners) {
          shift = BigDecimal.ZERO;
        } else {
          shift = halves.get(k).multiply(BigDecimal.valueOf(2 * random.nextDouble() - 1));
        }
        int[] s = spans.get(k);
        b.replace(s[0], s[1], "(" + literals.get(k).add(shift).toPlainString() + ")");
      }
      double v = value.applyAsDouble(b.toString());
      if (Double.isNaN(v)) {
        return new double[] {Double.NaN, Double.NaN};
      }
      lo = Math.min(lo, v);
      hi = Math.max(hi, v);
    }
    return new double[] {lo, hi};
  }

  /**
   * The left side of ≈: literals of two or more significant digits (0.53, 0.022) are rounded
   * intermediates and keep their rounding; one-digit literals (a rate 0.2, a weight 0.8) are
   * taken as given, exactly.
   */
  static String exactShort(String side) {
    Matcher m = DECIMAL.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, significantDigits(m) >= 2 ? m.group() : "(" + new java.math.BigInteger(
          m.group(1) + m.group(2)) + "/1" + "0".repeat(m.group(2).length()) + ")");
    }
    m.appendTail(b);
    return b.toString();
  }

  /** The significant digits of the decimal {@link #DECIMAL} matched: 0.053 has 2. */
  static int significantDigits(Matcher decimal) {
    return (decimal.group(1) + decimal.group(2)).replaceFirst("^0+", "").length();
  }

  /** The side with the decimal literals whose value is in {@code stated} as exact fractions. */
  static String exactStated(String side, java.util.Set<BigDecimal> stated) {
    if (stated.isEmpty()) {
      return side;
    }
    Matcher m = DECIMAL.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      boolean given = stated.stream().anyMatch(v -> v.compareTo(new BigDecimal(m.group())) == 0);
      m.appendReplacement(b, !given ? m.group() : "(" + new java.math.BigInteger(m.group(1)
          + m.group(2)) + "/1" + "0".repeat(m.group(2).length()) + ")");
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * The rounding range of a side of ≈ that is one integer, the digits written (σ(2) ≈ 1 allows
   * [0.5, 1.5]), or null for any other side. Under = an integer is exact.
   */
  static double[] approxInteger(String side) {
    String s = side.strip();
    Matcher percent = PERCENT.matcher(s); // 62\% is read 62/100: 62 % to the digits written
    if (percent.matches()) {
      double v = Double.parseDouble(percent.group(1));
      return new double[] {(v - 0.5) / 100, (v + 0.5) / 100};
    }
    if (!s.matches("-?\\d{1,15}")) {
      return null;
    }
    double v = Double.parseDouble(s);
    return new double[] {v - 0.5, v + 0.5};
  }

  /** Whether {@code side} is a whole percentage as read, 62\\% as 62/100. */
  static boolean isPercent(String side) {
    return PERCENT.matcher(side.strip()).matches();
  }

  private static final Pattern PERCENT = Pattern.compile("\\(?(-?\\d{1,15})\\s*/\\s*100\\)?");

  /** The side with every decimal literal as an exact fraction (0.25 → (25/100)). */
  static String exact(String side) {
    Matcher m = DECIMAL.matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, "(" + new java.math.BigInteger(m.group(1) + m.group(2)) + "/1"
          + "0".repeat(m.group(2).length()) + ")");
    }
    m.appendTail(b);
    return b.toString();
  }
}
