package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "p = sigma(2) approx 0.8808" defined p as sigma(2)·approx·0.8808 (logistic regression's Newton
 * step typed in ASCII): "approx" between two terms is ≈.
 */
@Timeout(300)
class PlainApproxWordTest extends CheckFixture {
  @Test
  void approxBetweenTwoTermsIsAnApproximateClaim() {
    CheckReport r = checkText("t.txt", "p = sigmoid(2) approx 0.8808\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "p = sigmoid(2) approx 0.7808\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void approximatelyReadsTheSame() {
    CheckReport r = checkText("t.txt", "sigmoid(-5) approximately 0.0067\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "sigmoid(-5) approximately 0.067\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
