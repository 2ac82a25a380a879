package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "so y = 0.73 approximately": with y defined, the word (whose letters include y) was read as a
 * name multiplied in, y = 0.73·approximately, and the step was "not checked"; where no letter of
 * it was a name, a wrong value was "not checked" for the word left unread. A trailing
 * "approximately" or "approx." after the last value says that value is ≈.
 */
@Timeout(300)
class ATrailingApproximatelyIsAnApproximateClaimTest extends CheckFixture {

  @Test
  void aValueFollowedByApproximatelyIsCheckedToItsDigits() {
    CheckReport r = checkText("t.txt", "y = sigmoid(1)\nso y = 0.73 approximately\n"
        + "so y = 0.75 approximately\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theWordInBracketsOrAfterACommaReadsTheSame() {
    CheckReport r = checkText("t.txt", "y = sigmoid(1)\ny = 0.731 (approx.)\n"
        + "y = 0.74, approximately\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void onlyTheLastValueOfAChainIsApproximate() {
    CheckReport r = checkText("t.txt", "sigmoid(1) = 1/(1 + exp(-1)) = 0.7311 approximately\n");
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim)
        .allMatch(s -> s.verdict() instanceof StepVerdict.Proved);
    r = checkText("t.txt", "sigmoid(1) = 1/(1 + exp(1)) = 0.7311 approximately\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    r = checkText("t.txt", "sigmoid(1) = 0.75 approximately\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
