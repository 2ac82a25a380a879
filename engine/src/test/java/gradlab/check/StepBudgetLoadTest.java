package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The step budget is compute time: it grows with the load past the cores, at most fivefold. */
class StepBudgetLoadTest {
  private static final Duration TWO = Duration.ofSeconds(2);

  @Test
  void aMachineWithCoresToSpareKeepsTheBudget() {
    assertThat(StepBudget.forLoad(TWO, 1.5, 2)).isEqualTo(TWO);
    assertThat(StepBudget.forLoad(TWO, 2.0, 2)).isEqualTo(TWO);
    assertThat(StepBudget.forLoad(TWO, -1, 2)).isEqualTo(TWO); // no load average here
  }

  @Test
  void aLoadedMachineGivesEachStepItsShareOfCompute() {
    assertThat(StepBudget.forLoad(TWO, 8, 2)).isEqualTo(Duration.ofSeconds(8));
    assertThat(StepBudget.forLoad(TWO, 40, 2)).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aSizeWhoseProofTookOverAQuarterOfTheBudgetWasSlow() {
    assertThat(StepBudget.slowProof(Duration.ofMillis(499), TWO)).isFalse();
    assertThat(StepBudget.slowProof(Duration.ofMillis(500), TWO)).isFalse();
    assertThat(StepBudget.slowProof(Duration.ofMillis(501), TWO)).isTrue();
    assertThat(StepBudget.slowProof(Duration.ofSeconds(3), Duration.ofSeconds(10))).isTrue();
  }
}
