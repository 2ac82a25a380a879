package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bishop writes the power before the subscript on a Greek base, {@code \sigma^2_{\mathrm{ML}}}:
 * it was "cannot read: unexpected '_'" (PRML 1.2.4's unbiased variance, eq. (1.59)). So was
 * Prince's unbraced Greek index, {@code \sigma^2_\Omega} (Understanding Deep Learning 7.5).
 */
@Timeout(60)
class PowerBeforeGreekIndexTest extends gradlab.symbolic.EngineFixture {

  @Test
  void aGreekPowerBeforeABracedIndexIsWrittenIndexFirst() {
    assertThat(ScriptOrder.subscriptFirst("\\frac{N}{N-1}\\sigma^2_{\\mathrm{ML}}"))
        .isEqualTo("\\frac{N}{N-1}\\sigma_{\\mathrm{ML}}^2");
  }

  @Test
  void aPowerBeforeAnUnbracedGreekIndexIsWrittenIndexFirst() {
    // Prince's He initialisation, \sigma^2_\Omega = 2/D_h: "cannot read: unexpected '_'"
    assertThat(ScriptOrder.subscriptFirst("\\sigma^2_\\Omega = \\frac{2}{D_h}"))
        .isEqualTo("\\sigma_\\Omega^2 = \\frac{2}{D_h}");
  }

  @Test
  void aPowerBeforeAnUnbracedFontCommandIsLeftAlone() {
    assertThat(ScriptOrder.subscriptFirst("x^2_\\text{ML}")).isEqualTo("x^2_\\text{ML}");
  }

  @Test
  void aWrongStepWithThePowerBeforeAnUnbracedGreekIndexIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $D_h = 512$.\n\n"
        + "$$\\sigma^2_\\Omega = \\frac{2}{D_h}$$\n\n$$\\sigma^2_\\Omega \\cdot D_h = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
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
