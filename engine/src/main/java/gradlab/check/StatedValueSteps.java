package gradlab.check;

import java.util.List;

/**
 * A step checked again with the values the text computed earlier put in, read as ≈. Moved out
 * of {@link DocumentSteps} (over 300 lines), which calls it; no behaviour change. Stateless.
 */
final class StatedValueSteps {
  private StatedValueSteps() {}

  /**
   * A step not checked as it stands, checked with the values the text computed earlier put in,
   * where that makes both sides numbers (at the named point). The values are rounded, so the
   * step is then read as ≈: each value stands for every number that rounds to it.
   */
  static StepVerdict withStatedValues(DocumentRun run, CheckContext at, String lhs, Relation rel,
      String rhs, StepVerdict without) {
    String[] stated = run.values.restatesAStatedValue(lhs, rhs) ? null // T_cur = 2.5 anew
        : statedSides(run, lhs, rhs);
    if (stated == null) {
      return without;
    }
    Relation approx = rel == Relation.EQUAL ? Relation.APPROX : rel;
    int refuted = run.values.refutedLine(lhs + " " + rhs);
    if (refuted > 0) { // a ✓ through a value refuted there would be earned by accident
      return new StepVerdict.NotChecked("depends on line " + refuted + ", which is refuted");
    }
    StepVerdict v = run.budget.run(by -> run.checker.check(at, stated[0], approx, stated[1],
        by));
    return v instanceof StepVerdict.NotChecked ? without : withValues(v, run.values.used(lhs
        + " " + rhs));
  }

  private static String[] statedSides(DocumentRun run, String lhs, String rhs) {
    if (run.values.isEmpty() || lhs.contains("dd(") || rhs.contains("dd(")) {
      return null;
    }
    String l = run.values.substitute(lhs);
    String r = run.values.substitute(rhs);
    if ((l.equals(lhs) && r.equals(rhs)) || l.contains("pd(") || r.contains("pd(")) {
      return null;
    }
    try {
      for (String side : List.of(l, r)) {
        if (!run.ctx.point().keySet().containsAll(run.engine.freeSymbols(run.engine.eval(
            side)))) {
          return null;
        }
      }
    } catch (RuntimeException e) {
      return null;
    }
    return new String[] {l, r};
  }

  private static StepVerdict withValues(StepVerdict v, String used) {
    String with = "with the values computed earlier: " + used;
    return switch (v) {
      case StepVerdict.Proved p -> new StepVerdict.Proved(p.how() + ", " + with);
      case StepVerdict.Refuted f -> new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(),
          (f.detail().isEmpty() ? "" : f.detail() + "; ") + with);
      default -> v;
    };
  }
}
