package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code \log} without a base is read as the natural logarithm (as in deep-learning texts), but
 * base 10 (calculators, school texts) and base 2 (information, bits) are readings of it too:
 * {@code \log(1000) = 3} was ✗ (found by a new user). A step refuted as ln that holds with every
 * unbased log of the step read to base 10, or to base 2, is "not checked: ambiguous", naming the
 * base; a step that fails under all three stays refuted. A step that also writes {@code \ln} or
 * a base ({@code \log_2}) has said what it means and is left as it is.
 */
final class LogBases {
  private static final Pattern UNBASED = Pattern.compile("(?<![A-Za-z])\\\\?log(?![A-Za-z_])");
  private static final Pattern SAYS_BASE = Pattern.compile(
      "(?<![A-Za-z])(\\\\?ln(?![A-Za-z])|\\\\?log\\s*_|\\\\?lg(?![A-Za-z])|\\\\?exp(?![A-Za-z])"
      + "|e\\s*\\^)");
  private static final String LOG = "Log(";

  private LogBases() {}

  /** {@code v}, or "not checked: ambiguous" where a base-10 or base-2 reading holds. */
  static StepVerdict verdict(DocumentRun run, String rawL, String rawR, String lhs, Relation rel,
      String rhs, StepVerdict v) {
    String raw = rawL + " " + rawR;
    if (!(v instanceof StepVerdict.Refuted) || !UNBASED.matcher(raw).find()
        || SAYS_BASE.matcher(raw).find() || !(lhs + rhs).contains(LOG)) {
      return v;
    }
    for (String base : List.of("10", "2")) {
      String l = toBase(lhs, base);
      String r = toBase(rhs, base);
      CheckContext at = run.ctx;
      StepVerdict w = run.budget.run(by -> run.checker.check(at, l, rel, r, by));
      if (w instanceof StepVerdict.Proved || w instanceof StepVerdict.Unknown u
          && !u.evidence().contains("time")) {
        return new StepVerdict.NotChecked("ambiguous notation (log as the natural logarithm "
            + "or to base " + base + "): read as ln it fails (" + v.evidence() + "), read to "
            + "base " + base + " it holds (" + w.evidence() + ")");
      }
    }
    return v;
  }

  /** Every {@code Log(u)} of an engine-syntax side as {@code (Log(u)/Log(base))}. */
  static String toBase(String side, String base) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < side.length()) {
      int at = side.indexOf(LOG, i);
      if (at < 0 || at > 0 && Character.isLetterOrDigit(side.charAt(at - 1))) {
        int stop = at < 0 ? side.length() : at + LOG.length();
        out.append(side, i, stop);
        i = stop;
        continue;
      }
      int close = TopLevel.closing(side, at + LOG.length() - 1);
      if (close < 0) {
        out.append(side.substring(i));
        break;
      }
      out.append(side, i, at).append("(Log(")
          .append(toBase(side.substring(at + LOG.length(), close), base))
          .append(")/Log(").append(base).append("))");
      i = close + 1;
    }
    return out.toString();
  }
}
