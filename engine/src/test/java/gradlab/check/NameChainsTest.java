package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code \hat{y} = a = \sigma(z)} names two new quantities at once; read as a claim that the
 * undefined a equals σ(z), it was refuted in a correct lecture transcript.
 */
@Timeout(60)
class NameChainsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void twoNewNamesForOneFormulaAreBothDefinitions() {
    CheckReport r = FixturePair.checkMarkdown(engine, "We have $z = w x + b$ and "
        + "$\\hat{y} = a = \\sigma(z)$.\n\n$$\\frac{\\partial \\hat{y}}{\\partial z} = a(1 - a)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongStepAboutEitherNameIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "We have $z = w x + b$ and "
        + "$\\hat{y} = a = \\sigma(z)$.\n\n$$\\frac{\\partial \\hat{y}}{\\partial z} = a(1 + a)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aChainEndingInANumberIsNotTwoDefinitions() {
    CheckReport r = FixturePair.checkMarkdown(engine, "At $x = y = 0$:\n\n$$x + y = 0$$\n");
    assertThat(r.render()).doesNotContain("[definition]");
  }
}
