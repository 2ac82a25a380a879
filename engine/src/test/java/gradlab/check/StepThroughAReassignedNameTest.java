package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Ruder's v_t is momentum's velocity and then Adam's second moment, so the text gives v₁ the
 * value 0.4 and later 0.00025 ("a new quantity under the same name or a wrong value"). Adam's
 * bias correction with β₁ for β₂, {@code \hat{v}_1 = \frac{0.00025}{1 - 0.9}}, is false with
 * either value but was "not checked" (held36). A step true with one of the values is not
 * refuted.
 */
@Timeout(120)
class StepThroughAReassignedNameTest extends gradlab.symbolic.EngineFixture {
  private static final String TWO_VALUES = "Momentum with $g_1 = 4$:\n\n"
      + "$$v_1 = 0.1 \\cdot 4 = 0.4$$\n\nAdam with $g_1 = 0.5$:\n\n"
      + "$$v_1 = 0.001 \\cdot 0.5^2 = 0.00025$$\n\n";
  private static final String ADAM = TWO_VALUES.replace("Adam with", "Adam, where "
      + "$\\hat{v}_t = \\frac{v_t}{1 - \\beta^t_2}$ and $\\beta_2 = 0.999$, with");

  @Test
  void aStepFalseWithEitherValueIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TWO_VALUES
        + "$$\\frac{v_1}{1 - 0.9} = 0.25$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(9);
  }

  @Test
  void aStepTrueWithTheSecondValueIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TWO_VALUES
        + "$$\\frac{v_1}{1 - 0.999} = 0.25$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aBiasCorrectionWithTheWrongBetaIsRefutedAgainstItsFamily() {
    CheckReport r = FixturePair.checkMarkdown(engine, ADAM
        + "$$\\hat{v}_1 = \\frac{0.00025}{1 - 0.9} = 0.0025$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(9);
  }

  @Test
  void theRightBiasCorrectionIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, ADAM
        + "$$\\hat{v}_1 = \\frac{0.00025}{1 - 0.999} = 0.25$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
