package gradlab.check;

import java.util.Set;

/**
 * The text's indexed families written out beside its Σ definitions where both count the same
 * size: {@code p_i = e^{z_i} / \sum_{k=1}^K e^{z_k}} and {@code L = -\sum_{i=1}^K y_i \log p_i}.
 * A numeric example's {@code \partial L / \partial z_1 = p_1 - 1} at K = 2 wrote L out as
 * −(y₁ log p₁ + y₂ log p₂) but left p₁ and p₂ undefined, so the step was "not checked: z₁
 * occurs nowhere in the definitions". Only where every family's sizes are among the step's
 * (a family over classes K is never written out at the size of a sum over examples n).
 */
final class FamiliesOfTheSize {
  private FamiliesOfTheSize() {}

  /** run.ctx with the families written out at {@code size}, or as it was. */
  static CheckContext writtenOutInPlace(DocumentRun run, boolean indexed, Set<String> letters,
      int size) {
    if (indexed || run.indexed.isEmpty() || letters.isEmpty()) {
      return run.ctx; // a step naming p_j is written out by IndexedSteps, at every member
    }
    for (IndexedFamilies.Family f : run.indexed.all()) {
      Set<String> own = SymbolicSums.sizeLetters(f.rhs());
      if (f.recurrence() || own.isEmpty() || !letters.containsAll(own)) {
        return run.ctx;
      }
    }
    // the step's names choose where a recurrence starts; there is none here
    CheckContext at = run.indexed.at(run, run.ctx, size, Set.of());
    return at != null ? at : run.ctx;
  }
}
