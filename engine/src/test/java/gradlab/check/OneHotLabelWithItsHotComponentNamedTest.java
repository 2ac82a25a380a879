package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A one-hot label whose hot component the text names ("a one-hot label with y₁ = 1"): a step
 * written out with the label as (1, 0, …) and failing there fails at a label the text allows,
 * so it is refuted, not "not checked because y is one-hot" (issue 12, lead35's probe). A point
 * that names a component against (1, 0, …) (y₂ = 1) is still not sampled for a ✗.
 */
@Timeout(300)
class OneHotLabelWithItsHotComponentNamedTest extends gradlab.symbolic.EngineFixture {
  private static String softmax(String hot) {
    return "Let $p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$ and "
        + "$L = -\\sum_{k=1}^{K} y_k \\log p_k$, where $y$ is a one-hot label with $" + hot
        + "$.\n\n";
  }

  @Test
  void aWrongSignIsRefutedWhereTheNamedHotComponentIsTheFirst() {
    CheckReport r = FixturePair.checkMarkdown(engine, softmax("y_1 = 1")
        + "$$\\frac{\\partial L}{\\partial z_2} = y_2 - p_2$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTrueStepIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, softmax("y_1 = 1")
        + "$$\\frac{\\partial L}{\\partial z_2} = p_2 - y_2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aPointAgainstTheFirstUnitVectorIsStillNotSampledForARefutation() {
    CheckReport r = FixturePair.checkMarkdown(engine, softmax("y_2 = 1")
        + "$$\\frac{\\partial L}{\\partial z_2} = y_2 - p_2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
