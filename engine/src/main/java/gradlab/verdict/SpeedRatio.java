package gradlab.verdict;

import java.util.Locale;

/**
 * The words for a range of speed ratios A/B measured over several rounds: "A ≥ 1.20× faster than
 * B" when every round's ratio exceeds 1, "A ≥ 1.09× slower than B" when every ratio is below 1
 * (1/0.92 = 1.087, rounded down), and "neither consistently faster nor slower" when the range
 * contains 1. The factor is rounded down, so that "≥" stays true.
 */
public final class SpeedRatio {
  private SpeedRatio() {}

  /**
   * The verdict for ratios of {@code a}'s rate to {@code b}'s in [{@code min}, {@code max}].
   *
   * @throws IllegalArgumentException if a ratio is not positive or min &gt; max
   */
  public static String describe(String a, String b, double min, double max) {
    if (!(min > 0) || !(max >= min) || Double.isInfinite(max)) {
      throw new IllegalArgumentException("ratio range " + min + "–" + max + ": needs 0 < min ≤ max");
    }
    if (min > 1) {
      return a + " ≥ " + floor2(min) + "× faster than " + b;
    }
    if (max < 1) {
      return a + " ≥ " + floor2(1 / max) + "× slower than " + b;
    }
    return a + " neither consistently faster nor slower than " + b + " (the ratio ranges across 1)";
  }

  /** {@code x} rounded down to two decimals, as text ("1.087" → "1.08"). */
  static String floor2(double x) {
    return String.format(Locale.ROOT, "%.2f", Math.floor(x * 100 + 1e-9) / 100);
  }
}
