package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reaches the person of the library's messages and of our notes. */
class EngineNotesTest {

  @Test
  void aFunctionStoppedMidwayLeavesNoNote() {
    // Ctrl-C during expand((a+b+c+d+e)^80) printed "note: Expand: null." after the interruption
    EngineNotes notes = new EngineNotes();
    notes.sink().println("Expand: null.");
    notes.sink().println("Solve: the equations are inconsistent.");
    assertThat(notes.drainInPlace()).containsExactly("Solve: the equations are inconsistent.");
  }

  @Test
  void aNoteIsSaidOnceAndForgottenOnceDrained() {
    EngineNotes notes = new EngineNotes();
    notes.addInPlace("dropped a root that is not real");
    notes.addInPlace("dropped a root that is not real");
    assertThat(notes.drainInPlace()).containsExactly("dropped a root that is not real");
    assertThat(notes.drainInPlace()).isEmpty();
  }

  @Test
  void messagesAfterAMarkCanBeDropped() {
    EngineNotes notes = new EngineNotes();
    notes.sink().println("Limit: kept");
    int mark = notes.mark();
    notes.sink().println("Power: Infinite expression 1/0");
    assertThat(notes.since(mark)).contains("Infinite expression");
    notes.dropSinceInPlace(mark);
    assertThat(notes.drainInPlace()).containsExactly("Limit: kept");
  }
}
