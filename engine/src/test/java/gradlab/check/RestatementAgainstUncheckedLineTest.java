package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student's right line after a wrong one of the same quantity (found by a new user):
 * ∂C/∂z = 3a σ(z) (wrong, not checked: C is undefined) then ∂C/∂z = 3a σ′(z) (right, by the
 * stated ∂C/∂a = 3a). The right line was ✗ from the wrong one taken as its premise; with that
 * one premise not checked at all, the two now only contradict each other.
 */
@Timeout(60)
class RestatementAgainstUncheckedLineTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aLineContradictingOnlyAnUncheckedRestatementIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $a = \\sigma(z)$. Let $C$ be some cost "
        + "with $\\frac{\\partial C}{\\partial a} = 3a$.\n\n"
        + "$$\\frac{\\partial C}{\\partial z} = 3a\\,\\sigma(z)$$\n\n"
        + "$$\\frac{\\partial C}{\\partial z} = 3a\\,\\sigma'(z)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("contradicts line 3");
  }
}
