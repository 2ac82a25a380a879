package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A derivative step naming members of a family by number, {@code \frac{\partial \log
 * p_1}{\partial z_1} = 1 - p_1} after {@code p_k = \frac{e^{z_k}}{\sum_{j=1}^{K} e^{z_j}}}: the
 * family is written out for sizes K = 2, 3, 4 (from the highest member named; at the text's
 * own K where it states one) and the step decided at each, as {@link SizedSteps} decides a Σ
 * with symbolic bounds ({@link SizedVerdicts}: never a proof for every K; refuted only where
 * every size fails). Without it p₁ was a free number, so the step was "not checked" (before,
 * with p₁ held fixed, the true step was refuted: {@link UnwrittenFamilyMembers}). Stateless.
 */
final class NumberedFamilyMembers {
  /** The highest member number looked for in a step (p_1 … p_9). */
  private static final int MOST_MEMBER = 9;
  /** Sizes written out beyond the least one. */
  private static final int MORE_SIZES = 2;

  private NumberedFamilyMembers() {}

  /**
   * The step's verdict with the families written out, where {@code v} is not checked or
   * refuted and the step differentiates and names a member of a family by number; otherwise,
   * or where the written-out verdict is itself "not checked", {@code v}.
   *
   * @param recheck the step's verdict under a context
   */
  static StepVerdict verdict(DocumentRun run, String lhs, String rhs, StepVerdict v,
      Function<CheckContext, StepVerdict> recheck) {
    if (!(v instanceof StepVerdict.NotChecked || v instanceof StepVerdict.Refuted)
        || !UnwrittenFamilyMembers.DERIVATIVE.matcher(lhs + " " + rhs).find()) {
      return v;
    }
    Set<String> names = new LinkedHashSet<>(List.of((lhs + " " + rhs).split("[^A-Za-z0-9]+")));
    int top = 0;
    Set<String> letters = new LinkedHashSet<>();
    for (IndexedFamilies.Family f : run.indexed.members()) {
      int high = highestNamed(run, f, names);
      if (high > 0) {
        top = Math.max(top, high);
        letters.addAll(SymbolicSums.sizeLetters(f.rhs()));
      }
    }
    if (top == 0) {
      return formulaMembers(run, names, v, recheck); // p_k = e^{z_k}/Σ_{j=1}^{3} e^{z_j}
    }
    if (letters.size() > 1) {
      return v; // two sizes (K classes, n examples): whose is which?
    }
    String letter = letters.isEmpty() ? "" : letters.iterator().next();
    StatedSize stated = letter.isEmpty() ? null : StatedSize.of(run, letter);
    if (stated != null && (stated.defined() || stated.stated() && (stated.whole() == null
        || stated.whole() < top))) {
      return v; // K a quantity, or a value that is no size of these members
    }
    int least = stated != null && stated.stated() ? stated.whole() : Math.max(top, 2);
    int most = stated != null && stated.stated() ? least : least + MORE_SIZES;
    List<SymbolicSums.Instance> instances = new ArrayList<>();
    List<StepVerdict> verdicts = new ArrayList<>();
    Set<String> arguments = new LinkedHashSet<>();
    for (int k = least; k <= most; k++) {
      CheckContext at = run.indexed.at(run, run.ctx, k, names);
      if (at == null) {
        return v;
      }
      arguments.addAll(arguments(run, at));
      instances.add(new SymbolicSums.Instance(k, lhs, rhs));
      verdicts.add(recheck.apply(at));
    }
    String shown = letter.isEmpty() ? "" : LatexNames.readable(
        LatexReader.read(letter, run.reading()).engineSyntax());
    arguments.add(shown.isEmpty() ? "#terms" : shown);
    StepVerdict written = least == most ? SizedVerdicts.atStatedSize(verdicts.get(0), shown,
        least) : SizedVerdicts.combine(instances, verdicts, shown);
    return accepted(written, arguments, v);
  }

  /**
   * {@code written}, unless it is "not checked" or refuted at a point that sets a name other
   * than the written-out members' arguments (z₁ … z_K) and the size: then {@code v}. Where
   * L = −Σ y_i log p_i, ∂L/∂z₁ = p₁ − y₁ fails at free labels y but holds where they sum to 1,
   * which a cross-entropy's text takes for granted without saying it; only the members were
   * added here, so only their arguments may make the counterexample.
   */
  private static StepVerdict accepted(StepVerdict written, Set<String> arguments, StepVerdict v) {
    if (written instanceof StepVerdict.NotChecked) {
      return v;
    }
    if (written instanceof StepVerdict.Refuted f && !arguments.containsAll(f.point().keySet())) {
      return v;
    }
    return written;
  }

  /** The free names of the definitions {@code at} adds to the run's context. */
  private static Set<String> arguments(DocumentRun run, CheckContext at) {
    Set<String> before = new LinkedHashSet<>();
    run.ctx.definitions().forEach(d -> before.add(d.name()));
    Set<String> out = new LinkedHashSet<>();
    for (gradlab.symbolic.Definition d : at.definitions()) {
      if (!before.contains(d.name())) {
        out.addAll(run.engine.freeSymbols(d.rhs()));
      }
    }
    return out;
  }

  /**
   * The step with each member it names by number of a family defined by an ordinary formula
   * (its sums with concrete bounds) defined as that formula at the member: one instance, no
   * sizes; {@code v} where it names none or the verdict is itself "not checked".
   */
  private static StepVerdict formulaMembers(DocumentRun run, Set<String> names, StepVerdict v,
      Function<CheckContext, StepVerdict> recheck) {
    if (run.indexed.formulas().isEmpty()) {
      return v; // no formula family: the definitions' names need not be gathered
    }
    CheckContext at = run.ctx;
    Set<String> used = new LinkedHashSet<>(names); // p₂, p₃ of L = −Σ_{i=1}^{3} y_i log p_i too
    run.ctx.definitions().forEach(d -> used.addAll(run.engine.freeSymbols(d.rhs())));
    for (IndexedFamilies.Family f : run.indexed.formulas()) {
      for (int m = 1; m <= MOST_MEMBER; m++) {
        try {
          String name = IndexedFamilies.name(f.member(m), run.reading());
          String body = run.indexed.formulaAt(f.member(m));
          if (used.contains(name) && body != null && !at.defines(name)
              && !at.point().containsKey(name)) {
            at = at.withDefinition(new gradlab.symbolic.Definition(name, run.engine.parse(
                LatexReader.read(body, run.reading()).engineSyntax())));
          }
        } catch (RuntimeException unread) {
          return v; // a member the reader cannot read: as before
        }
      }
    }
    return at == run.ctx ? v : accepted(recheck.apply(at), arguments(run, at), v);
  }

  private static int highestNamed(DocumentRun run, IndexedFamilies.Family f, Set<String> names) {
    int high = 0;
    for (int m = 1; m <= MOST_MEMBER; m++) {
      try {
        if (names.contains(IndexedFamilies.name(f.member(m), run.reading()))) {
          high = m;
        }
      } catch (RuntimeException unread) {
        return 0; // a head the reader cannot read names no engine name
      }
    }
    return high;
  }
}
