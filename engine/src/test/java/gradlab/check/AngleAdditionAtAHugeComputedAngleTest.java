package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Vaswani et al.'s positional encoding (held18): with $\omega_i = 10000^{-2i/d}$ the true
 * angle-addition formula $\sin(\omega_i (p + k)) = \sin(\omega_i p)\cos(\omega_i k) + \ldots$ was
 * refuted at d = 0.0186, where ω ≈ 10^190 and the 40-digit confirmation reduced an angle that
 * had lost every digit after the point. The angle is computed again to enough digits now
 * ({@code PeriodicArguments}); the formula with a wrong sign is still refuted.
 */
@Timeout(120)
class AngleAdditionAtAHugeComputedAngleTest extends CheckFixture {
  private static final String OMEGA = "Writing $\\omega_i = 10000^{-2i / d}$, we get\n\n";

  @Test
  void theTrueFormulaIsNotRefuted() {
    CheckReport r = checkMarkdown("pe", OMEGA + "$$\\sin(\\omega_i (p + k)) = \\sin(\\omega_i p)"
        + " \\cos(\\omega_i k) + \\cos(\\omega_i p) \\sin(\\omega_i k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theCosineWithTheWrongSignIsStillRefuted() {
    CheckReport r = checkMarkdown("pe", OMEGA + "$$\\cos(\\omega_i (p + k)) = \\cos(\\omega_i p)"
        + " \\cos(\\omega_i k) + \\sin(\\omega_i p) \\sin(\\omega_i k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
