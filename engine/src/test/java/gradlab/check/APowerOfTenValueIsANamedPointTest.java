package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A number written as a power of ten, AlexNet's "with $k = 2$, $\alpha = 10^{-4}$ and $\beta =
 * 0.75$" (held32), is a value like 0.0001, a named point with the others, never a definition of
 * α as a constant. Read as a definition it outlived the point k and β belonged to, and the wrong
 * general derivative of the next example, (1 − β) for (1 − 2β), was "not checked: ambiguous"
 * instead of ✗.
 */
@Timeout(60)
class APowerOfTenValueIsANamedPointTest extends gradlab.symbolic.EngineFixture {
  private static final String LRN = "The response is normalized with $k = 2$, $\\alpha = "
      + "10^{-4}$ and $\\beta = 0.75$. Take three kernels with the activities $10$, $20$ and $30$:"
      + "\n\n$$2 + 10^{-4} \\cdot (100 + 400 + 900) = 2.14$$\n\nFor a single channel the "
      + "response is $b = a / (k + \\alpha a^2)^{\\beta}$, and by the quotient rule\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongGeneralDerivativeAfterThePowerOfTenValueIsRefutedAtItsLine() {
    CheckReport r = check(LRN + "$$\\frac{d}{da} \\frac{a}{(k + \\alpha a^2)^{\\beta}} = "
        + "\\frac{k + \\alpha (1 - \\beta) a^2}{(k + \\alpha a^2)^{\\beta + 1}}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(7);
  }

  @Test
  void theTrueGeneralDerivativeIsNotRefuted() {
    CheckReport r = check(LRN + "$$\\frac{d}{da} \\frac{a}{(k + \\alpha a^2)^{\\beta}} = "
        + "\\frac{k + \\alpha (1 - 2\\beta) a^2}{(k + \\alpha a^2)^{\\beta + 1}}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
