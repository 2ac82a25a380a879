package gradlab.check;

import java.math.BigDecimal;
import java.util.regex.Matcher;

/**
 * A formula with a rounded coefficient, 0.25⁴·W = 0.0039 W (found by a new user): as an identity
 * in W it fails, but only by the rounding of 0.0039, which the same text's 0.25⁴ = 0.0039 shows
 * it means. A refutation whose two values differ by no more than the right side's decimals
 * allow (the sum of their relative half-units; the left's where the right has none) is "not
 * checked", never ✗.
 */
final class RoundedCoefficients {
  private RoundedCoefficients() {}

  static StepVerdict verdict(DocumentRun run, String rawL, String rawR, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || run.ctx.point().keySet().containsAll(
        f.point().keySet())) {
      return v; // a numeric step at the text's values is decided to its digits elsewhere
    }
    double right = relativeHalfUnits(rawR); // the result's rounding; the left's, if it is there
    double tolerance = right > 0 ? right : relativeHalfUnits(rawL);
    double scale = Math.max(Math.abs(f.lhs()), Math.abs(f.rhs()));
    if (tolerance == 0 || !(Math.abs(f.lhs() - f.rhs()) <= tolerance * scale)) {
      return v;
    }
    return new StepVerdict.NotChecked("holds to the digits written (the sides differ by "
        + Digits.format(Math.abs(f.lhs() - f.rhs()) / scale * 100, 2) + " %, within the "
        + "rounding of its decimals) but not exactly");
  }

  /** Σ over the decimals written of half a unit in their last place, relative to the decimal. */
  static double relativeHalfUnits(String raw) {
    double sum = 0;
    Matcher m = RoundingRange.DECIMAL.matcher(raw);
    while (m.find()) {
      BigDecimal d = new BigDecimal(m.group());
      if (d.signum() != 0) {
        sum += 0.5 * Math.pow(10, -m.group(2).length()) / d.abs().doubleValue();
      }
    }
    return sum;
  }
}
