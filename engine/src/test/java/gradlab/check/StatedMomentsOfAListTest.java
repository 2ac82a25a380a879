package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$q_i, k_i$ are independent with mean $0$ and variance $1$" (the attention 1/√d argument, by
 * two new users): the list of names and the mean written in math were not read, so the true
 * Var(q_i k_i) = E[q_i²]E[k_i²] was ✗ at E[q_i] = 0.50.
 */
@Timeout(60)
class StatedMomentsOfAListTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aListOfNamesWithMeanAndVarianceInMathGetsThoseMoments() {
    CheckReport r = check("Assume the components $q_i, k_i$ are independent with mean $0$ and "
        + "variance $1$.\n\nThen $\\mathrm{Var}(q_i k_i) = \\mathrm{E}[q_i^2]\\mathrm{E}[k_i^2] "
        + "= 1$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void withoutTheZeroMeanTheSameStepIsNotProved() {
    CheckReport r = check("Assume the components $q_i, k_i$ are independent with variance $1$."
        + "\n\nThen $\\mathrm{Var}(q_i k_i) = \\mathrm{E}[q_i^2]\\mathrm{E}[k_i^2]$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}
