package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A bracketed note of words with its reason after a comma, "(half the peak, because
 * sqrt(16000/4000) = 2)": the line was split at the note's comma into two unread halves, so a
 * wrong value before the note was missed (Vaswani's warmup schedule in plain text). The claim is
 * read without its note; a claim of numbers alone stays refuted beside a note with a relation, a
 * claim with a name the note may constrain is not refuted.
 */
@Timeout(300)
class NoteOfWordsThenReasonTest extends CheckFixture {

  private static final String HEAD = "d_model = 512, warmup_steps = 4000\n\n";

  @Test
  void theValueBeforeTheNoteIsChecked() {
    CheckReport r = checkText("t.txt", HEAD + "at step 16000: 512^(-0.5) * 16000^(-0.5) = "
        + "0.00034939 (half the peak, because sqrt(16000/4000) = 2)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", HEAD + "at step 16000: 512^(-0.5) * 16000^(-0.5) = "
        + "0.00017469 (half the peak, because sqrt(16000/4000) = 2)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aClaimWithANameIsNotRefutedBesideItsCondition() {
    CheckReport r = checkText("t.txt", "x^2 = x (the fixed point, because x = 1)\n");
    assertThat(r.steps()).as(r.render())
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
    r = checkText("t.txt", "in percent: 0.25 = 25\n"); // a unit label, not a point
    assertThat(r.steps()).as(r.render())
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
  }
}
