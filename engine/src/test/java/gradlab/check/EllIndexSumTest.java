package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Σ over the index ℓ with a symbolic bound (Huang et al.'s expected depth Σ_{ℓ=1}^{L} p_ℓ) is
 * written out for small L as a Σ over a one-letter index is: a wrong closed form is refuted, a
 * right one is not.
 */
@Timeout(120)
class EllIndexSumTest extends EngineFixture {
  private static final String SUM = "The expected depth is\n\n$$\\sum_{\\ell=1}^{L} \\left( 1 - "
      + "\\frac{\\ell}{L} (1 - p_L) \\right) = ";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("t.md", text);
  }

  @Test
  void aWrongClosedFormOfASumOverEllIsRefutedAtItsLine() {
    CheckReport r = check(SUM + "L - \\frac{L}{2} (1 - p_L)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void theRightClosedFormOfASumOverEllIsNotRefutedNorLeftUnread() {
    CheckReport r = check(SUM + "L - \\frac{L + 1}{2} (1 - p_L)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("cannot read");
  }
}
