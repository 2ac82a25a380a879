package gradlab.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stated values of a family's members that the text defines by a formula: "$q_k = (1 -
 * \varepsilon) y_k + \frac{\varepsilon}{K}$" then "$q_1 = 0.9333$, $q_2 = q_3 = 0.0333$". Such a
 * value was computed, so it is rounded; taken as exact, 0.9333 + 0.0333 + 0.0333 = 0.9999 refuted
 * the true Σ_j q_j = 1 (a TA's correct submission on label smoothing). A refutation that uses one
 * is kept only where it fails over the whole rounding box of those values (half a unit in the
 * last written digit): at every corner, with the difference of the sides of one sign; otherwise
 * the step holds somewhere in the box and is "unknown", naming the values (a Σ written out then
 * counts that size as one where it holds). Values computed by the checker itself already
 * carry their rounding ({@link RoundingRange}, {@link CarriedDefinedValues}).
 */
final class RoundedMembers {
  /** At most this many members are varied (2^6 corners). */
  private static final int MOST = 6;
  private final Map<String, BigDecimal> written = new LinkedHashMap<>();

  /** Notes that the member with this engine name was stated as {@code literal}, if a decimal. */
  void noteInPlace(String engineName, String literal) {
    String s = literal.strip();
    if (engineName != null && s.matches("-?\\d+\\.\\d+")) {
      written.put(engineName.strip(), new BigDecimal(s));
    }
  }

  /** {@code v}, or "not checked" where a refutation rests on a rounded member's exact value. */
  StepVerdict verdict(DocumentRun run, CheckContext at, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f) || written.isEmpty()) {
      return v;
    }
    List<String> used = new ArrayList<>();
    for (String name : written.keySet()) {
      if (at.point().containsKey(name) && f.point().containsKey(name)) {
        used.add(name);
      }
    }
    if (used.isEmpty() || used.size() > MOST) {
      return v;
    }
    double sign = Math.signum(f.lhs() - f.rhs());
    try {
      for (int corner = 0; corner < (1 << used.size()); corner++) {
        CheckContext c = at;
        for (int i = 0; i < used.size(); i++) {
          BigDecimal value = written.get(used.get(i));
          BigDecimal half = BigDecimal.ONE.movePointLeft(value.scale()).divide(BigDecimal.TWO);
          BigDecimal x = (corner >> i & 1) == 0 ? value.subtract(half) : value.add(half);
          c = c.withPoint(used.get(i), run.engine.eval(x.toPlainString()));
        }
        CheckContext ctx = c;
        StepVerdict w = run.budget.run(by -> run.checker.check(ctx, lhs, rel, rhs, by));
        if (!(w instanceof StepVerdict.Refuted g) || Math.signum(g.lhs() - g.rhs()) != sign) {
          return new StepVerdict.Unknown(1, 0, "fails with the stated values taken as exact, "
              + "but they are rounded values of members the text defines by a formula ("
              + String.join(", ", used.stream().map(n -> LatexNames.readable(n) + " = "
                  + written.get(n).toPlainString()).toList()) + "), and within their rounding "
              + "it holds at some values: " + f.evidence());
        }
      }
    } catch (RuntimeException e) {
      return v;
    }
    return v;
  }
}
