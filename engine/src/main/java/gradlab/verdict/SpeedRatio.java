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
      throw new IllegalArgumentException("ratio range " + min + "–" + max
          + ": needs 0 < min ≤ max");
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

  /** Rounds below which there is no verdict: one round's spread is 0 whatever the noise. */
  public static final int MIN_ROUNDS = 2;

  /**
   * The verdict of rounds in which A and B were measured alternately: no verdict from fewer than
   * {@link #MIN_ROUNDS} rounds or when either side's rates spread more than {@code limit}
   * ({@link Spread}), otherwise {@link #describe} over the per-round ratios aRates[i] / bRates[i],
   * "in every round".
   *
   * @throws IllegalArgumentException if the arrays are empty or differ in length
   */
  public static String verdict(String a, String b, double[] aRates, double[] bRates,
      double limit) {
    if (aRates.length == 0 || aRates.length != bRates.length) {
      throw new IllegalArgumentException("verdict of " + aRates.length + " against "
          + bRates.length + " rounds: needs the same number, at least one");
    }
    if (aRates.length < MIN_ROUNDS) {
      return String.format(Locale.ROOT, "no verdict: %d round cannot show how noisy the machine "
          + "was (a spread needs at least %d rounds)", aRates.length, MIN_ROUNDS);
    }
    double sa = Spread.relative(aRates);
    double sb = Spread.relative(bRates);
    if (sa > limit || sb > limit) {
      String aSays = String.format(Locale.ROOT, "%s's rounds spread %.0f %%", a, 100 * sa);
      String bSays = String.format(Locale.ROOT, "%s's rounds spread %.0f %%", b, 100 * sb);
      String who = sa > limit && sb > limit ? aSays + " and " + bSays : sa > limit ? aSays : bSays;
      return String.format(Locale.ROOT, "no verdict: the machine was too noisy (%s, more than "
          + "%.0f %%)", who, 100 * limit);
    }
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (int i = 0; i < aRates.length; i++) {
      min = Math.min(min, aRates[i] / bRates[i]);
      max = Math.max(max, aRates[i] / bRates[i]);
    }
    String said = describe(a, b, min, max);
    return said.contains("neither") ? said : said + " in every round";
  }
}
