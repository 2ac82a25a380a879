package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain text: a sentence adverb before a formula ("Also a + b = 1.97", "Similarly …",
 * "Finally …", "Now …") is prose. It was read as a name (A_lso) and the step was "not checked:
 * values the text does not state"; a name written "now = 3" stays a name.
 */
@Timeout(300)
class SentenceAdverbBeforeAFormulaTest extends CheckFixture {
  private static final String VALUES = "Let a = 0.97 and b = 1.\n\n";

  @Test
  void anAdverbBeforeATrueStepIsProseAndTheStepIsProved() {
    for (String word : new String[] {"Also", "Similarly,", "Finally", "Now", "Next:"}) {
      CheckReport r = checkText("t.txt", VALUES + word + " a + b = 1.97\n");
      StepResult s = claimOnLine(r, 3);
      assertThat(s.verdict()).as(word + " " + r.steps()).isInstanceOf(StepVerdict.Proved.class);
      assertThat(s.lhs()).as(word).doesNotContainIgnoringCase(word.replaceAll("[,:]", ""));
    }
  }

  @Test
  void anAdverbBeforeAWrongStepStillRefutesIt() {
    CheckReport r = checkText("t.txt", VALUES + "Also a + b = 2\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.steps().toString())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNameSpelledLikeAnAdverbBeforeARelationStaysAName() {
    CheckReport r = checkText("t.txt", "now = 3\n\nnow^2 = 9\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.steps().toString())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
