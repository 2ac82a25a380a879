package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A teacher's solution in parts (found by a new user, user46): "**(a)** At $w = 0.5$ …",
 * "**(b)** $w_{new} = 0.5 - 0.1 \cdot (-0.4005) = 0.54005$", "**(c)** The loss after the step:
 * $L = (\tanh(1.0801) - 1)^2$" was ✗ at w = 0.5, the value part (a) gave, though it holds at the
 * updated w. A step that holds at the new value is not refuted; one false at both still is.
 */
@Timeout(60)
class UpdatedValueAfterAPartLabelTest extends gradlab.symbolic.EngineFixture {
  private static final String PARTS = "Let $y = \\tanh(w x)$ and $L = (y - 1)^2$, with $x = 2$."
      + "\n\n**(a)** At $w = 0.5$: $y = \\tanh(1) = 0.7616$.\n\n"
      + "**(b)** One step of gradient descent with $\\eta = 0.1$:\n\n"
      + "$$w_{new} = 0.5 - 0.1 \\cdot (-0.4005) = 0.54005$$\n\n"
      + "**(c)** The loss after the step:\n\n";

  @Test
  void aStepAtTheUpdatedValueIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, PARTS
        + "$$L = (\\tanh(1.0801) - 1)^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepFalseAtBothValuesIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, PARTS
        + "$$L = (\\tanh(1.2801) - 1)^2$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(11);
  }
}
