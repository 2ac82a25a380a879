package gradlab.check;

import gradlab.symbolic.Expr;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A point moved to a value written through other names, Feng et al.'s Wing loss "an error $x =
 * 1$ costs …, while at the edge $x = w$ the gradient is …" after "$w = 10$": x moves to w's
 * value, 10, as {@code x = 10} would, instead of being read as the claim x = w at the old point
 * x = 1 and refuted (held29, a true step ✗). Read only in prose whose last words name a point of
 * evaluation ("at the edge", "for", "when"), of a name that is already a point or a parameter of
 * a function the text defines, and whose value is written through names that are points or
 * constants the text defines ("when $x = c$" after "Let $c = \sqrt{2}$"). Where
 * the value cannot be computed (a name without a value), the old point ends there and is not
 * replaced: the steps after it that use the name are not checked (at the old point they would
 * be refuted or proved wrongly).
 */
final class NamedValuePoints {
  static final String NOTE = "a point given through names without values: the steps after it "
      + "that use this name are not checked";
  private static final Set<String> SCOPE = Set.of("at", "for", "when", "take", "taking");
  private static final Set<String> CONCLUDING = Set.of("is", "are", "so", "then", "that",
      "gives", "get", "we", "equals", "becomes", "thus", "hence", "therefore", "has");

  private NamedValuePoints() {}

  /** Takes {@code name = value} as the name's new point and returns true, or returns false. */
  static boolean readInPlace(DocumentRun run, int line, List<String> raw, List<String> terms,
      Relation rel0, boolean claims) {
    if (claims || rel0 != Relation.EQUAL || raw.size() != 2 || terms.get(0) == null
        || terms.get(1) == null || !namesAPoint(run.prose)) {
      return false;
    }
    String head = terms.get(0).strip();
    if (!EngineNames.is(head) || run.ctx.defines(head) || run.functions.contains(head)
        || !(run.ctx.point().containsKey(head) || ClosedValuePoints.isParameter(run, head))) {
      return false;
    }
    Expr value;
    Set<String> free;
    try {
      Expr written = run.engine.eval(terms.get(1));
      if (run.engine.freeSymbols(written).isEmpty()) {
        return false; // a number: a point as before (ClosedValuePoints)
      }
      value = run.ctx.asDefinitions().inline(run.engine, written); // "when $x = c$", c = √2
      free = run.engine.freeSymbols(value);
    } catch (RuntimeException e) {
      return false; // not read: left to the readings after this one
    }
    if (free.contains(head) || free.stream().anyMatch(run.functions::contains)) {
      return false;
    }
    if (run.ctx.point().keySet().containsAll(free)) {
      try {
        Expr at = run.engine.substitute(value, run.ctx.point());
        if (run.engine.freeSymbols(at).isEmpty()
            && Double.isFinite(run.engine.numeric(at, Map.of()))) {
          NamedPoints.bindInPlace(run, line, raw, head, at.input(), claims);
          return true;
        }
      } catch (RuntimeException e) {
        // no value at the point: the point ends below
      }
    }
    if (!run.ctx.point().containsKey(head)) {
      return false; // a parameter that was no point: nothing is checked at a stale value
    }
    NamedPoints.endInPlace(run, line, raw, head, Relation.EQUAL, NOTE);
    return true;
  }

  /**
   * Whether the prose before the math ends naming a point of evaluation: a scope word among its
   * last three words ("at the edge", "for", "when"), with no concluding word after it.
   */
  static boolean namesAPoint(String prose) {
    String[] w = prose.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", " ").strip().split("\\s+");
    for (int k = w.length - 1; k >= Math.max(0, w.length - 3); k--) {
      if (CONCLUDING.contains(w[k])) {
        return false;
      }
      if (SCOPE.contains(w[k])) {
        return true;
      }
    }
    return false;
  }
}
