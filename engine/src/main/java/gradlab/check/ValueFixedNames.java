package gradlab.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Names a stated value fixes without giving them one. ArcFace writes c = cos θ with 0 ≤ θ ≤ π,
 * then "a sample whose target cosine is c = 0.8 has sin θ = 0.6": c = 0.8 picks a θ, it does
 * not claim cos θ = 0.8 for every θ of the range, yet it was refuted at θ = 1.83, and so were
 * sin θ = 0.6 and the value of cos(θ + m) after it (held18's false ✗). A step "defined name =
 * number" refuted only at names without values is such a value: not checked, and the names its
 * definition runs through are fixed by it. A later step refuted only at fixed names, with one
 * side free of them (a number computed for the picked θ), is not checked either: the reader does
 * not solve for the picked value. Identities in the fixed names (both sides depend on them) are
 * refuted as before. Mutable: one per document run.
 */
final class ValueFixedNames {
  private static final Pattern NAME = EngineNames.NAME;
  private static final Pattern NUMBER = NumberPatterns.DECIMAL;
  private final Map<String, String> fixedBy = new LinkedHashMap<>();

  /** {@code v}, or "not checked" where its ✗ rests on a value the text picked; records it. */
  StepVerdict guardInPlace(DocumentRun run, int line, String lhs, Relation rel, String rhs,
      StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    Set<String> free = new TreeSet<>(f.point().keySet());
    free.removeAll(run.ctx.point().keySet()); // the named points have their values
    free.removeAll(run.values.names()); // and so have the quantities given values (z = 0.88)
    if (free.isEmpty()) {
      return v;
    }
    String l = lhs.strip();
    String r = rhs.strip();
    if ((rel == Relation.EQUAL || rel == Relation.APPROX) && (valueOf(run, l, r)
        || valueOf(run, r, l))) {
      String name = NAME.matcher(l).matches() ? l : r;
      String stated = LatexNames.readable(name) + " = " + (name.equals(l) ? r : l) + " (line "
          + line + ")";
      free.forEach(n -> fixedBy.putIfAbsent(n, stated));
      return new StepVerdict.NotChecked("a value the text states for " + LatexNames.readable(
          name) + ", which it defines through " + shown(free) + " without giving a value: it "
          + "picks " + shown(free) + ", it does not claim this for every one");
    }
    if (!fixedBy.keySet().containsAll(free) || (dependsOnFixed(run, lhs)
        && dependsOnFixed(run, rhs))) {
      return v;
    }
    return new StepVerdict.NotChecked("it depends on " + shown(free) + ", which the text picks "
        + "only through " + fixedBy.get(free.iterator().next()) + "; the reader does not solve "
        + "for that value");
  }

  private static boolean valueOf(DocumentRun run, String name, String number) {
    return NAME.matcher(name).matches() && NUMBER.matcher(number).matches()
        && run.ctx.defines(name);
  }

  private boolean dependsOnFixed(DocumentRun run, String side) {
    try {
      return run.engine.freeSymbols(run.checker.resolve(run.ctx, side, true)).stream()
          .anyMatch(fixedBy::containsKey);
    } catch (RuntimeException e) {
      return true; // unread: keep the verdict as it was
    }
  }

  private static String shown(Set<String> names) {
    return String.join(", ", names.stream().map(LatexNames::readable).toList());
  }
}
