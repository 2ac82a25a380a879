package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Capitals written together, {@code KL}, {@code MSE}, may be one name (a divergence, a loss) or
 * a product of letters. A regression test of what is right (trust21): the product written as one
 * ({@code K L}, {@code K \cdot L}) is refuted where false, and {@code D_{KL}} is one name,
 * checked by its value. Left open: after "Let $K = 2$ and $L = 3$." the step {@code KL = 5} is
 * still refuted as K·L = 6 (see checker-history, trust21).
 */
@Timeout(120)
class LetterRunReadAsAProductTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "Let $K = 2$ and $L = 3$.\n\n";
  private static final String KL = "Let $p = 0.5$ and $q = 0.25$.\n\n$$D_{KL} = p \\log\\frac{p}{q}"
      + " + (1 - p)\\log\\frac{1 - p}{1 - q}$$\n\n$$D_{KL} = ";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aProductWrittenAsOneIsStillRefuted() {
    CheckReport spaced = check(GIVEN + "$$K L = 5$$\n");
    assertThat(spaced.firstRefuted()).as(spaced.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(3));
    CheckReport dotted = check(GIVEN + "$$K \\cdot L = 5$$\n");
    assertThat(dotted.firstRefuted()).as(dotted.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(3));
  }

  @Test
  void aDivergenceNamedWithASubscriptIsOneNameAndChecked() {
    CheckReport right = check(KL + "0.1438$$\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    CheckReport wrong = check(KL + "0.1308$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(5));
  }
}
