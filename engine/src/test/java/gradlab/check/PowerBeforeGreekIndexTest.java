package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bishop writes the power before the subscript on a Greek base, {@code \sigma^2_{\mathrm{ML}}}:
 * it was "cannot read: unexpected '_'" (PRML 1.2.4's unbiased variance, eq. (1.59)).
 */
@Timeout(60)
class PowerBeforeGreekIndexTest extends gradlab.symbolic.EngineFixture {

  @Test
  void aGreekPowerBeforeABracedIndexIsWrittenIndexFirst() {
    assertThat(ScriptOrder.subscriptFirst("\\frac{N}{N-1}\\sigma^2_{\\mathrm{ML}}"))
        .isEqualTo("\\frac{N}{N-1}\\sigma_{\\mathrm{ML}}^2");
  }

  @Test
  void aLayerIndexAsSuperscriptIsLeftAlone() {
    assertThat(ScriptOrder.subscriptFirst("\\sigma^l_{j}")).isEqualTo("\\sigma^l_{j}");
  }

  @Test
  void aTrueStepWithThePowerFirstIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\sigma^2_{\\mathrm{ML}} + "
        + "\\sigma^2_{\\mathrm{ML}} = 2\\sigma_{\\mathrm{ML}}^2$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isPositive();
  }

  @Test
  void aWrongStepWithThePowerFirstIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\sigma^2_{\\mathrm{ML}} + "
        + "\\sigma^2_{\\mathrm{ML}} = 3\\sigma_{\\mathrm{ML}}^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
