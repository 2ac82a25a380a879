package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Var(·) and Cov(·) typed in plain text are named as moments, with where they are read: Var(2X)
 * said "V_ar is a function the text does not define; define V_ar(x) = x^2", and Cov(X, Y)
 * "unknown function 'cov'; did you mean cos?" (found by a new user).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlainMomentWordsTest extends CheckFixture {

  @Test
  void aPlainVarianceIsNotOfferedAsAFunctionToDefine() {
    // read as a variance since user38 (PlainMoments): Var(2X) = 4 Var(X), so 2 Var(X) is wrong
    CheckReport r = checkText("hw.txt", "Var(2X) = 2 Var(X)\n");
    StepResult s = claimOnLine(r, 1);
    assertThat(s.verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(s.verdict().toString()).as(r.render()).doesNotContain("V_ar");
  }

  @Test
  void aPlainCovarianceIsNotSuggestedToBeACosine() {
    CheckReport r = checkText("hw.txt", "Cov(X, Y) = E[XY] - E[X]E[Y]\n");
    StepResult s = claimOnLine(r, 1);
    assertThat(s.verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(s.verdict().toString()).as(r.render()).doesNotContain("cos?");
  }
}
