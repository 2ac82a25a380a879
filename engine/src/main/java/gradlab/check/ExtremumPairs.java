package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side that is {@code maximize(f, z)} or {@code minimize(f, z)}: the command gives a pair, the
 * extreme value and the point {z → …}, never a number. {@code :check maximize(σ′(z), z) = 0.25}
 * said "the left side depends on [z]", but z is the command's variable, bound there (found by a
 * student); the value is {@code maxvalue(f, z)}.
 */
final class ExtremumPairs {
  private static final Pattern PAIR = Pattern.compile(
      "^\\s*(maximize|minimize)\\s*\\((.*)\\)\\s*$");

  private ExtremumPairs() {}

  /** "not checked" with the reason where a side is such a pair, else null. */
  static StepVerdict.NotChecked of(String lhs, String rhs) {
    for (String side : new String[] {lhs, rhs}) {
      Matcher m = PAIR.matcher(side);
      if (m.matches() && TopLevel.split(m.group(2), ',').size() >= 2) {
        boolean max = m.group(1).equals("maximize");
        return new StepVerdict.NotChecked(m.group(1) + "(f, x) gives a pair, the "
            + (max ? "maximum" : "minimum") + " and the point {x → …}, not a number"
            + (max ? "; its value is maxvalue(f, x)" : "; its value is the pair's first part"));
      }
    }
    return null;
  }
}
