package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Let $p(x) = \mathcal{N}(\mu_1, \sigma_1)$": a density named by its distribution, which the
 * text never defines. Taken as a rule it made every later step "not checked: unknown function
 * 'capn'", also the steps that do not use p (held-out round 9: the KL of two Gaussians).
 */
@Timeout(60)
class UnreadFunctionBodiesTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "Let $p(x) = \\mathcal{N}(\\mu_1, \\sigma_1)$. Then\n\n"
      + "$$\\frac{1}{2}(a + b) + \\frac{1}{2}(a - b) = %s$$\n";

  @Test
  void aStepThatDoesNotUseTheUnreadFunctionIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("a"));
    assertThat(r.render()).contains("proved").contains("which the text does not define");
  }

  @Test
  void aWrongStepThatDoesNotUseItIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("a + b"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
