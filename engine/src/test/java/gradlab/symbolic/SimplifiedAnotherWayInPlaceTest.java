package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** How the note of a stopped simplification is rewritten once another way gave a result. */
@Timeout(10)
class SimplifiedAnotherWayInPlaceTest {

  private static EngineNotes notesWithAStoppedSimplification() {
    EngineNotes notes = new EngineNotes();
    notes.addInPlace("solve used 2 roots");
    notes.addInPlace(BoundedSimplify.NOTE_START + "5000 ms; result left unsimplified");
    return notes;
  }

  @Test
  void aNumberOrANameForgetsTheNote() {
    EngineNotes notes = notesWithAStoppedSimplification();
    BoundedSimplify.simplifiedAnotherWayInPlace(notes, true);
    assertThat(notes.drainInPlace()).containsExactly("solve used 2 roots");
  }

  @Test
  void anyOtherResultIsSaidToMaySimplifyFurther() {
    EngineNotes notes = notesWithAStoppedSimplification();
    BoundedSimplify.simplifiedAnotherWayInPlace(notes, false);
    assertThat(notes.drainInPlace()).containsExactly("solve used 2 roots",
        "simplification stopped after 5000 ms; the result shown came another way and may "
            + "simplify further");
  }
}
