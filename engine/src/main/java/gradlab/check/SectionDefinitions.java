package gradlab.check;

import gradlab.symbolic.Definition;
import java.util.List;

/**
 * The definitions in force where the last heading began a new part of the exercise. A name
 * defined before it and given another formula after it ("## 1" with {@code L = ½(h − y)²}, then
 * "## 7. BCE" with {@code L = −y log p − (1 − y) log(1 − p)}) may be the new part's own L: that
 * reading is as admissible as a restatement, so the line is not refuted (it was ✗, and every
 * true step through the new L after it, found by a new user); a second formula for L within one
 * part is still a step. Mutable, one per document run.
 */
final class SectionDefinitions {
  private List<Definition> atHeading = List.of();
  /** Whether the last heading was an exam's part label ("Q2.", "Part 2", "(b)"). */
  private boolean partLabel;

  /** Whether the last heading was an exam's part label ({@link EarlierPartPoints}). */
  boolean inLabelledPart() {
    return partLabel;
  }

  /** A heading: the definitions now in force belong to the parts before it. */
  void headingInPlace(CheckContext ctx, boolean label) {
    atHeading = List.copyOf(ctx.definitions());
    partLabel = label;
  }

  /** Whether {@code name}'s definition in {@code ctx} was made before the last heading. */
  boolean fromEarlierPart(String name, CheckContext ctx) {
    return ctx.definitions().stream().filter(d -> d.name().equals(name)).anyMatch(d ->
        atHeading.stream().anyMatch(x -> x == d));
  }
}
