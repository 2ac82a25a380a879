package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A refuted step that carries a decimal the text computed earlier for a quantity it derived: a
 * backward pass "∂ℓ/∂f = 2(2.090 − 2) = 0.180", then "∂ℓ/∂w = x · 0.180". 0.180 comes from the
 * rounded f = 2.090 (exact 2.0904), so it is off by more than its own last digit, and the true
 * step was ✗; {@link CarriedDefinedValues} cannot help, as defining f as 2.090 makes ∂ℓ/∂w zero.
 * The step is proved when it holds as an identity with the decimal read as the quantity the text
 * computed it for, through links that all held (or held with their decimals read as rounded,
 * as {@link CarriedDecimals} shows them) (Prince's toy network, 0.744 of ∂ℓᵢ/∂f₃). A wrong
 * factor beside the decimal (w · 0.180), a decimal of a refuted line, or one the text did not
 * compute keeps the refutation. Stateless.
 */
final class CarriedDerivativeValues {
  private static final Pattern DECIMAL = Pattern.compile("-?\\d+\\.\\d{2,}");

  private CarriedDerivativeValues() {}

  static StepVerdict verdict(DocumentRun run, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted) || rel != Relation.EQUAL) {
      return v;
    }
    List<PremiseLedger.Claim> premises = run.premises.mostRecentFirst(run.ctx);
    String l = lhs;
    String r = rhs;
    List<String> used = new ArrayList<>();
    for (PremiseLedger.Claim c : premises) {
      String value = c.rhs().strip();
      if (!DECIMAL.matcher(value).matches() || !holds(c.verdict())) {
        continue;
      }
      PremiseLedger.Claim head = headOf(premises, c);
      if (head == null || !head.lhs().contains("pd(")) {
        continue;
      }
      Pattern at = Pattern.compile("(?<![\\w.])" + Pattern.quote(value) + "(?![\\w.])");
      String nl = at.matcher(l).replaceAll(Matcher.quoteReplacement("(" + head.lhs() + ")"));
      String nr = at.matcher(r).replaceAll(Matcher.quoteReplacement("(" + head.lhs() + ")"));
      if (!(nl.equals(l) && nr.equals(r))) {
        l = nl;
        r = nr;
        used.add(value + " as " + ReportedTerms.readable(head.lhs()) + " (line " + c.line()
            + ")");
      }
    }
    if (used.isEmpty()) {
      return v;
    }
    String fl = l;
    String fr = r;
    StepVerdict w = run.budget.run(by -> run.checker.check(run.ctx, fl, Relation.EQUAL, fr, by));
    return w instanceof StepVerdict.Proved p ? new StepVerdict.Proved(p.how() + ", with the "
        + "values the text computed before read as what they were computed for: "
        + String.join(", ", used)) : v;
  }

  /** The first link of {@code end}'s chain (same line, each link's right side the next's left). */
  private static PremiseLedger.Claim headOf(List<PremiseLedger.Claim> premises,
      PremiseLedger.Claim end) {
    PremiseLedger.Claim head = end;
    for (int guard = 0; guard < 8; guard++) {
      PremiseLedger.Claim before = null;
      for (PremiseLedger.Claim c : premises) {
        if (c != head && c.line() == head.line() && c.rhs().strip().equals(head.lhs().strip())) {
          before = c;
          break;
        }
      }
      if (before == null) {
        return head;
      }
      if (!holds(before.verdict())) {
        return null;
      }
      head = before;
    }
    return null;
  }

  /** Proved, or holding with its decimals read as the rounded values they are (2(2.090 − 2)). */
  private static boolean holds(StepVerdict v) {
    return v instanceof StepVerdict.Proved || v instanceof StepVerdict.NotChecked n
        && (n.reason().startsWith(RoundedSteps.ROUNDED_ONLY)
        || n.reason().startsWith(RoundedSteps.ROUNDED_ONLY_RIGHT));
  }
}
