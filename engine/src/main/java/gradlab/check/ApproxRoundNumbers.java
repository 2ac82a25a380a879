package gradlab.check;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "≈ 1" and "≈ 10⁻⁶" write no digits that say how close is meant. Read to the digits written,
 * σ(1) ≈ 1 held (0.731 lies in [0.5, 1.5]: a saturation misconception shown ✓) and
 * 1/4¹⁰ ≈ 10⁻⁶ was ✗ (10⁻⁶ as exact), both found by a new user. Such a step is proved within
 * 5 % of the number, refuted when it is off by more than the number's own rounding (an integer)
 * or by more than a factor of 10 (a power of ten, an order of magnitude), and otherwise not
 * checked, with the distance.
 */
final class ApproxRoundNumbers {
  /** The relative distance within which "≈ k" is proved. */
  static final double CLOSE = 0.05;
  private static final Pattern POWER_OF_TEN = Pattern.compile(
      "(?:1\\s*(?:\\*|\\\\times|\\\\cdot)\\s*)?10\\s*\\^\\s*[({]?\\s*(-?\\d+)\\s*[)}]?");

  private ApproxRoundNumbers() {}

  /** The number k of a right side "k" (an integer other than 0) or "10^m", else null. */
  static Double target(String rhs) {
    String s = rhs.strip();
    if (s.matches("-?\\d{1,15}") && Double.parseDouble(s) != 0) {
      return Double.parseDouble(s);
    }
    Matcher m = POWER_OF_TEN.matcher(s);
    return m.matches() ? Math.pow(10, Integer.parseInt(m.group(1))) : null;
  }

  /**
   * The verdict on "left ≈ k" for a left side of value [lo, hi] (one number where its digits are
   * taken as written), or null where the ordinary comparison decides (off by more than the
   * allowed distance).
   */
  static StepVerdict judge(double lo, double hi, double k, String written) {
    boolean powerOfTen = POWER_OF_TEN.matcher(written.strip()).matches();
    double far = Math.max(Math.abs(lo - k), Math.abs(hi - k));
    if (far <= CLOSE * Math.abs(k)) {
      return new StepVerdict.Proved(String.format(Locale.ROOT, "numerically: left %s, within "
          + "%.0f %% of %s", Digits.format(lo, 4), CLOSE * 100, Digits.format(k, 4)));
    }
    boolean inReach = powerOfTen
        ? lo / k > 0 && Math.abs(Math.log10(lo / k)) <= 1
        : lo <= k + 0.5 && k - 0.5 <= hi;
    if (!inReach) {
      return null;
    }
    return new StepVerdict.NotChecked(String.format(Locale.ROOT, "≈ %s does not say how close "
        + "is meant, and the left side is %s (%.0f %% away)", written.strip(),
        Digits.format(lo, 4), 100 * Math.abs((lo + hi) / 2 - k) / Math.abs(k)));
  }
}
