package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Burges's RankNet: σ is "the parameter", the cost restated as {@code C = \log(1 +
 * e^{-\sigma(s_i - s_j)})} was kept with σ(…) the sigmoid only, so the step read with σ a number
 * was "σ on one side only" and its wrong sign never found, while a step true with σ a number was
 * ✗ ({@link SigmaProductDefinitions}).
 */
@Timeout(120)
class SigmaParameterReadInTheDefinitionsAStepUsesTest extends gradlab.symbolic.EngineFixture {
  private static final String COST = "The parameter $\\sigma$ sets the shape of the sigmoid. "
      + "The cost is\n\n$$C = \\log(1 + e^{-u})$$\n\nWith $S_{ij} = 1$ the cost is "
      + "$C = \\log(1 + e^{-\\sigma(s_i - s_j)})$.";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongSignInTheGradientOfTheRestatedCostIsRefutedAtItsLine() {
    CheckReport r = check(COST + " Note that\n\n$$\\frac{\\partial C}{\\partial s_i} = \\sigma "
        + "\\left( - \\frac{1}{1 + e^{-\\sigma(s_i - s_j)}} \\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(7);
  }

  @Test
  void theTrueGradientWithSigmaTimesABracketIsNotRefuted() {
    CheckReport r = check(COST + " Note that\n\n$$\\frac{\\partial C}{\\partial s_i} = \\sigma "
        + "\\left( - \\frac{1}{1 + e^{\\sigma(s_i - s_j)}} \\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("read the second way it holds");
  }

  @Test
  void aStepTrueWithSigmaANumberAndNoSigmaOfItsOwnIsNotRefuted() {
    CheckReport r = check(COST.replace("$.", "$. With $\\sigma = 1$,")
        + "\n\n$$\\frac{\\partial C}{\\partial s_i} = -\\frac{1}{1 + e^{s_i - s_j}}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepWrongWithSigmaEitherWayIsStillRefutedWithoutSigmaOfItsOwn() {
    CheckReport r = check(COST.replace("$.", "$. With $\\sigma = 1$,")
        + "\n\n$$\\frac{\\partial C}{\\partial s_i} = \\frac{1}{1 + e^{s_i - s_j}}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
