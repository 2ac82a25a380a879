package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One document's steps share a window for symbolic proofs; a step after it is compared only, and
 * an "unknown" from that comparison says why no proof was tried.
 */
@Timeout(30)
class ProofWindowTest {
  private static final Duration STEP = Duration.ofSeconds(5);
  private static final StepVerdict SAMPLED = new StepVerdict.Unknown(12, 1e-9);

  @Test
  void aStepAfterTheWindowGetsNoTimeForProofsAndSaysSo() {
    try (StepBudget b = new StepBudget(null, STEP, Duration.ZERO)) {
      Instant[] given = new Instant[1];
      StepVerdict v = b.run(proofBy -> {
        given[0] = proofBy;
        return SAMPLED;
      });
      assertThat(given[0]).isBeforeOrEqualTo(Instant.now());
      assertThat(v.evidence()).contains("holds at 12 random points")
          .contains("no proof tried").contains("were spent");
    }
  }

  @Test
  void aStepWithinTheWindowGetsItsBudgetForProofsAndItsVerdictAsItIs() {
    try (StepBudget b = new StepBudget(null, STEP, Duration.ofMinutes(5))) {
      Instant[] given = new Instant[1];
      StepVerdict v = b.run(proofBy -> {
        given[0] = proofBy;
        return SAMPLED;
      });
      assertThat(given[0]).isAfter(Instant.now().plusSeconds(1));
      assertThat(v).isEqualTo(SAMPLED);
    }
  }

  @Test
  void aVerdictThatIsNotAnUnexplainedUnknownIsKeptAfterTheWindow() {
    try (StepBudget b = new StepBudget(null, STEP, Duration.ZERO)) {
      StepVerdict proved = new StepVerdict.Proved("numerically");
      assertThat(b.run(proofBy -> proved)).isEqualTo(proved);
    }
  }
}
