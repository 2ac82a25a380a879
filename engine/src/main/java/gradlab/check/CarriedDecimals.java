package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A step that holds only with one side's decimals read as rounded ({@link
 * RoundedSteps#ROUNDED_ONLY}, {@link RoundedSteps#ROUNDED_ONLY_RIGHT}) is proved when each such decimal is one the text computed and
 * wrote earlier (e^{−1}·(−0.53) ≈ −0.20 after a step ending in −0.53): the author carries a
 * rounded value. A decimal typed as an input (e^{2.5} ≈ 11.6) stays not checked.
 */
final class CarriedDecimals {
  private CarriedDecimals() {}

  static StepVerdict verdict(DocumentRun run, String rawLhs, String rawRhs, StepVerdict v) {
    if (!(v instanceof StepVerdict.NotChecked n) || !(n.reason().startsWith(
        RoundedSteps.ROUNDED_ONLY) || n.reason().startsWith(RoundedSteps.ROUNDED_ONLY_RIGHT))) {
      return v;
    }
    String side = n.reason().startsWith(RoundedSteps.ROUNDED_ONLY) ? rawLhs : rawRhs;
    List<String> lines = new ArrayList<>();
    Matcher m = RoundingRange.DECIMAL.matcher(side);
    while (m.find()) {
      String literal = m.group();
      if (RoundingRange.significantDigits(m) < 2) {
        continue; // a one-digit literal is read exactly anyway
      }
      // a result the text wrote (… ≈ −0.53), never a literal inside a formula: the step's own
      // definition r = 0.075/0.19 made its wrong ≈ 0.38 "carried" (found by a new user)
      StepResult earlier = computed(run, literal);
      if (earlier == null) {
        return v;
      }
      lines.add(literal + " (line " + earlier.line() + ")");
    }
    return lines.isEmpty() ? v : new StepVerdict.Proved("numerically, with the rounded values "
        + "the text computed before: " + String.join(", ", lines) + n.reason().substring(
        n.reason().indexOf(": as written")).replaceFirst(": as written the (left|right) is",
        "; with the digits as written the $1 side would be"));
  }

  /**
   * A refuted = step whose left side holds a decimal the text computed and wrote before, of three
   * or more digits: Bishop's "σ(0.84737 · 2) = σ(1.69473)" after "(1 + π/8)^{−1/2} ≈ 0.84737"
   * (κμ is 1.694733) was ✗ in a correct file (held20), 0.84737 taken as exact. Rechecked with each
   * carried decimal at both ends of its rounding: proved where an end holds or the two ends fall
   * on opposite sides (the sides meet in between), as {@link #verdict} proves the same under ≈;
   * otherwise still refuted, so σ(0.84737 · 2) = σ(1.69573) stays ✗.
   */
  static StepVerdict left(DocumentRun run, String rawL, Relation rel, String lhs, StepVerdict v,
      java.util.function.Function<String, StepVerdict> recheck) {
    if (!(v instanceof StepVerdict.Refuted) || rel != Relation.EQUAL) {
      return v;
    }
    String lo = lhs;
    String hi = lhs;
    List<String> lines = new ArrayList<>();
    Matcher m = RoundingRange.DECIMAL.matcher(rawL);
    while (m.find()) {
      String literal = m.group();
      StepResult earlier = RoundingRange.significantDigits(m) < 3 ? null
          : computed(run, literal);
      java.util.regex.Pattern at = java.util.regex.Pattern.compile("(?<![\\w.])"
          + java.util.regex.Pattern.quote(literal) + "(?![\\w.])");
      if (earlier == null || !at.matcher(lo).find()) {
        continue;
      }
      java.math.BigDecimal d = new java.math.BigDecimal(literal);
      java.math.BigDecimal half = java.math.BigDecimal.ONE.movePointLeft(d.scale() + 1)
          .multiply(java.math.BigDecimal.valueOf(5));
      lo = at.matcher(lo).replaceAll(d.subtract(half).toPlainString());
      hi = at.matcher(hi).replaceAll(d.add(half).toPlainString());
      lines.add(literal + " (line " + earlier.line() + ")");
    }
    if (lines.isEmpty()) {
      return v;
    }
    StepVerdict a = recheck.apply(lo);
    StepVerdict b = recheck.apply(hi);
    boolean meets = a instanceof StepVerdict.Proved || b instanceof StepVerdict.Proved
        || a instanceof StepVerdict.Refuted fa && b instanceof StepVerdict.Refuted fb
        && Math.signum(fa.lhs() - fa.rhs()) * Math.signum(fb.lhs() - fb.rhs()) < 0;
    return !meets ? v : new StepVerdict.Proved("numerically, with the rounded values the text "
        + "computed before read to their digits: " + String.join(", ", lines));
  }

  /**
   * The first earlier statement whose right side is {@code literal}, as the text computed and
   * wrote it; never a named point (β₂ = 0.999): a value the text states is exact, and read
   * as [0.9985, 0.9995] it made 0.004996/(1 − 0.999²) "≈ 4.5" proved (user35).
   */
  private static StepResult computed(DocumentRun run, String literal) {
    return run.out.stream().filter(r -> r.rhs() != null && !"named point".equals(r.note())
        && r.rhs().strip().replaceFirst("^[-−]\\s*", "").replaceAll("[.,;]$", "")
        .equals(literal)).findFirst().orElse(null);
  }
}
