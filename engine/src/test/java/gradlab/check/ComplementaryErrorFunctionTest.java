package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \mathrm{erfc}} is the complementary error function 1 − erf: SELU's eq. (14)
 * (Klambauer et al.) writes its constants with it, and every value with it was "not checked",
 * so a dropped ½ in {@code \frac{1}{2} e^{1/2} \mathrm{erfc}(1/\sqrt{2}) \approx 0.2616} went
 * unnoticed.
 */
@Timeout(120)
class ComplementaryErrorFunctionTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aTrueValueWithErfcIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\frac{1}{2} e^{1/2} "
        + "\\mathrm{erfc}\\left(\\frac{1}{\\sqrt{2}}\\right) \\approx 0.2616$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aDroppedHalfBeforeErfcIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$e^{1/2} "
        + "\\mathrm{erfc}\\left(\\frac{1}{\\sqrt{2}}\\right) \\approx 0.2616$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void erfcIsOneMinusErfAsAnIdentity() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\mathrm{erfc}(x) + \\mathrm{erf}(x) = 1$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        "$$\\mathrm{erfc}(x) = \\mathrm{erf}(x) - 1$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
