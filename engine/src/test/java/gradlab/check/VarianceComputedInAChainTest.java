package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \sigma^2 = p(1-p) = 0.25} computed σ², and the later {@code 2\sigma^2 = 0.5} was "holds
 * only for values the text does not state" (new-user tester).
 */
@Timeout(60)
class VarianceComputedInAChainTest extends gradlab.symbolic.EngineFixture {
  @Test
  void theComputedVarianceIsUsedLater() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $p = 0.5$.\n\n$$\\sigma^2 = p(1-p) = 0.25$$\n\nSo $$2\\sigma^2 = 0.5$$\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        "Let $p = 0.5$.\n\n$$\\sigma^2 = p(1-p) = 0.25$$\n\nSo $$2\\sigma^2 = 0.6$$\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(5);
  }

  @Test
  void aSecondSchemesVarianceReplacesTheFirst() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $n = 4$.\n\n"
        + "$$\\sigma^2 = \\frac{1}{n} = 0.25$$\n\nHe: $$\\sigma^2 = \\frac{2}{n} = 0.5$$\n\n"
        + "$$2\\sigma^2 = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
