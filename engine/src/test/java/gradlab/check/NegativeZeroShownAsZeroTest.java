package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A refuted ReLU chain in the console showed "left = -0.00000": relu′(z) = 0 times a negative
 * factor is −0.0, a sign the value does not have. Zero is shown as 0; a small negative value
 * keeps its sign.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
class NegativeZeroShownAsZeroTest {
  @Test
  void aNegativeZeroSideIsShownWithoutASign() {
    String shown = new StepVerdict.Refuted(Map.of("w2", -2.5), -0.0, -18.234, "").evidence();
    assertThat(shown).contains("left = 0.0").doesNotContain("left = -0");
  }

  @Test
  void aSmallNegativeSideKeepsItsSign() {
    String shown = new StepVerdict.Refuted(Map.of("w2", -2.5), -1e-7, -18.234, "").evidence();
    assertThat(shown).contains("left = -1");
  }
}
