package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Write c = cos θ with 0 ≤ θ ≤ π … a sample whose target cosine is c = 0.8 has sin θ = 0.6":
 * the value picks a θ; c = 0.8, sin θ = 0.6 and a number computed for that θ were refuted at a
 * random θ of the range (ArcFace, held18). An identity in θ that is wrong, and a wrong number,
 * are still refuted after it.
 */
@Timeout(300)
class ValuePickedThroughADefinedQuantityTest extends CheckFixture {
  private static final String SETUP = "Write $c = \\cos\\theta$, with $0 \\le \\theta \\le \\pi$."
      + "\n\nWith $s = 64$ and $m = 0.5$, a sample whose target cosine is $c = 0.8$ has "
      + "$\\sin\\theta = 0.6$ and\n\n";

  @Test
  void aValueStatedForADefinedQuantityPicksItsAngleAndIsNotRefuted() {
    CheckReport r = checkMarkdown("arcface.md", SETUP
        + "$$\\cos(\\theta + 0.5) = 0.8 \\cdot 0.87758 - 0.6 \\cdot 0.47943 \\approx 0.41441$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongNumberAfterThePickedValueIsStillRefuted() {
    CheckReport r = checkMarkdown("arcface.md", SETUP
        + "$$0.8 \\cdot 0.87758 - 0.6 \\cdot 0.47943 \\approx 0.51441$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(5);
  }

  @Test
  void aWrongIdentityInThePickedAngleIsStillRefuted() {
    CheckReport r = checkMarkdown("arcface.md", SETUP
        + "$$\\sin\\theta = \\sqrt{1 + c^2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(5);
  }
}
