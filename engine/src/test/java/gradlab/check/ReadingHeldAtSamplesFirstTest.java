package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A step with two readings of ∂ whose first holding reading held only at the sample points (an
 * "unknown", as a proof out of time under load gives) threw a NullPointerException in
 * {@link PartialReadings}, and the folder check lost d2l's multivariate chain rule file's whole
 * report ("Cannot invoke Integer.intValue() because proved is null").
 */
@Timeout(10)
class ReadingHeldAtSamplesFirstTest {
  private static final List<String> NAMES = List.of("the local partial", "the total derivative");
  private static final StepVerdict SAMPLED = new StepVerdict.Unknown(30, 1e-9);
  private static final StepVerdict PROVED = new StepVerdict.Proved("rewriting");

  @Test
  void aReadingHeldAtSamplesBeforeAProvedOneGivesUnknown() {
    assertThat(PartialReadings.combine(NAMES, List.of(SAMPLED, PROVED)))
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void twoReadingsHeldAtSamplesGiveUnknown() {
    assertThat(PartialReadings.combine(NAMES, List.of(SAMPLED, SAMPLED)))
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void aProvedReadingBeforeOneHeldAtSamplesGivesUnknown() {
    assertThat(PartialReadings.combine(NAMES, List.of(PROVED, SAMPLED)))
        .isInstanceOf(StepVerdict.Unknown.class);
  }
}
