package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bracketed reason after a plain-text claim, "(since z1 > 0, relu' = 1)", is a note: it was
 * "cannot read: not engine syntax" on a TA's correct backprop submission. A note with a condition
 * keeps a claim that fails without it from being refuted.
 */
@Timeout(120)
class PlainReasonNotesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport txt(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aClaimWithAReasonNoteIsCheckedWithoutTheNote() {
    CheckReport r = txt("x = 2\nz = 3*x = 6   (since 3*2 = 6)\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isPositive();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void aWrongValueBeforeANoteIsRefuted() {
    CheckReport r = txt("x = 2\n3*x = 7   (because 3 times x)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aClaimTrueOnlyUnderTheNotesConditionIsNotRefuted() {
    CheckReport r = txt("abs(x) = x   (since x > 0)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
