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
      StepResult earlier = run.out.stream().filter(r -> r.rhs() != null && r.rhs().strip()
          .replaceFirst("^[-−]\\s*", "").replaceAll("[.,;]$", "").equals(literal)).findFirst()
          .orElse(null);
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
}
