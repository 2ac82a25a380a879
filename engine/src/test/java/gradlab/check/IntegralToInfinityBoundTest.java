package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An integral up to ∞ is a number, not an integral up to a symbolic bound: SELU's mean
 * (Klambauer et al.), {@code \int_0^\infty z \frac{1}{\sqrt{2\pi}} e^{-z^2/2} dz =
 * \frac{1}{\sqrt{2\pi}}}, was read with the upper bound a name "Infinity" and refuted "at
 * Infinity = 0, where the integral is 0".
 */
@Timeout(120)
class IntegralToInfinityBoundTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aTrueIntegralFromZeroToInfinityIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\int_0^\\infty e^{-x} \\, dx = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("Infinity = 0");
  }

  @Test
  void aWrongIntegralFromZeroToInfinityIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\int_0^\\infty e^{-x} \\, dx = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(1);
  }

  @Test
  void anIntegralUpToANamedBoundIsStillComparedByItsDerivative() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$F(x) = \\int_0^x 2t \\, dt = x^2 + 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
