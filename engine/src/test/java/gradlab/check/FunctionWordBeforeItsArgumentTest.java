package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "since log σ(z) = z − log(1 + eᶻ)": "since log" was dropped as leading words and the true
 * identity read as σ(z) = z − log(1 + eᶻ), refuted (a false ✗ in a student's BCE-with-logits
 * notes). A function word before its argument is kept; words before a formula are still dropped.
 */
@Timeout(300)
class FunctionWordBeforeItsArgumentTest extends CheckFixture {

  @Test
  void aLogAfterSinceIsNotDroppedAsAWord() {
    CheckReport r = checkText("t.txt", "since log σ(z) = z − log(1 + eᶻ)\n");
    assertThat(r.steps()).as(r.render())
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
  }

  @Test
  void wordsBeforeAFormulaAreStillDroppedAndAWrongIdentityRefuted() {
    CheckReport r = checkText("t.txt", "so we get σ(z) = z − log(1 + eᶻ)\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    r = checkText("t.txt", "since log(σ(z)) = z + log(1 + eᶻ)\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    r = checkText("t.txt", "since log(σ(z)) = z − log(1 + eᶻ)\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
