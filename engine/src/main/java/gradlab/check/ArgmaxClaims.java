package gradlab.check;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code argmax(f, x) = c}: a maximum may be attained at several points, and the engine's
 * argmax names one of them, so {@code argmax(cos(x), x) = 2*pi} and
 * {@code argmax(-(x^2 - 1)^2, x) = 1} were refuted (left 0, left −1) though each right side is a
 * maximiser. Where the step is refuted, c is tested as a point of the set: the step is proved
 * where f at c equals the maximum (for a decimal c, the maximum over the numbers that round to
 * c), the refutation stands where f there is below it, and anything else is "not checked".
 * Stateless.
 */
final class ArgmaxClaims {
  private static final Pattern ARGMAX = Pattern.compile("^\\s*argmax\\s*\\((.*)\\)\\s*$");
  private static final Pattern DECIMAL = Pattern.compile("^\\s*-?\\d+\\.(\\d+)\\s*$");

  private ArgmaxClaims() {}

  /** The function, its variable and the claimed point of an argmax claim. */
  record Claim(String f, String x, String at) {}

  /** The claim where {@code lhs rel rhs} equates argmax(f, x) with a point, else null. */
  static Claim read(String lhs, Relation rel, String rhs) {
    for (String[] s : new String[][] {{lhs, rhs}, {rhs, lhs}}) {
      Matcher m = ARGMAX.matcher(s[0]);
      if (rel == Relation.EQUAL && m.matches() && !s[1].contains("argmax(")) {
        List<String> args = TopLevel.split(m.group(1), ',');
        if (args.size() == 2 && EngineNames.is(args.get(1).strip())) {
          return new Claim(args.get(0).strip(), args.get(1).strip(), s[1].strip());
        }
      }
    }
    return null;
  }

  /**
   * {@code first}, the step's verdict, unless it is a refutation of a claim {@code c} (null
   * where the step is none) whose point attains the maximum.
   */
  static StepVerdict judge(StepChecker checker, CheckContext ctx, Claim c, StepVerdict first,
      Instant proofBy) {
    if (c == null || !(first instanceof StepVerdict.Refuted)) {
      return first;
    }
    Matcher d = DECIMAL.matcher(c.at());
    String there;
    if (d.matches()) { // 6.9: the largest value over [6.85, 6.95]
      BigDecimal v = new BigDecimal(c.at().strip());
      BigDecimal h = new BigDecimal("0.5").movePointLeft(d.group(1).length());
      there = "maxvalue(" + c.f() + ", " + c.x() + ", " + RoundingRange.exact(v.subtract(h)
          .toPlainString()) + ", " + RoundingRange.exact(v.add(h).toPlainString()) + ")";
    } else if (RoundingRange.hasDecimals(c.at())) {
      return new StepVerdict.NotChecked("a maximum may be attained at several points, and "
          + "whether " + c.at() + " (a rounded value) is one of them is not decided");
    } else {
      there = "subs(" + c.f() + ", " + c.x() + ", " + c.at() + ")";
    }
    StepVerdict v = checker.check(ctx, "maxvalue(" + c.f() + ", " + c.x() + ")",
        Relation.EQUAL, there, proofBy);
    if (v instanceof StepVerdict.Proved p) {
      return new StepVerdict.Proved("the maximum is attained at " + (d.matches() ? "a point "
          + "that rounds to " : "") + c.at() + " too (an argmax is a set of points; " + p.how()
          + ")");
    }
    return v instanceof StepVerdict.Refuted ? first : new StepVerdict.NotChecked("the engine's "
        + "maximiser is elsewhere, but a maximum may be attained at several points, and "
        + "whether " + c.at() + " is one of them is not decided");
  }
}
