package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A conditional probability is a function of its arguments. d2l's {@code P(X \mid \theta)}
 * (a Greek letter after the bar) was not read at all ("cannot read: \mid"), and an undefined
 * {@code p(y \mid x)} was a constant, so {@code \frac{d}{dx} p(y \mid x) = 0} was "proved".
 */
@Timeout(60)
class ConditionalAsFunctionTest extends gradlab.symbolic.EngineFixture {
  private static final String COIN = "The likelihood is\n\n"
      + "$$P(X \\mid \\theta) = \\theta^{9}(1-\\theta)^{4}.$$\n\n";

  @Test
  void derivativeOfADefinedConditionalInItsGivenIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, COIN
        + "$$\\frac{d}{d\\theta} P(X \\mid \\theta) = 9\\theta^8(1-\\theta)^4"
        + " - 4\\theta^9(1-\\theta)^3$$\n");
    assertThat(r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class))
        .as(r.render()).isEqualTo(1); // unknown: a proof that ran out of time
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void wrongSignInTheDerivativeOfTheLogLikelihoodIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, COIN
        + "$$\\frac{d}{d\\theta} \\log P(X \\mid \\theta) = \\frac{9}{\\theta}"
        + " + \\frac{4}{1-\\theta}$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void derivativeOfAnUndefinedConditionalInItsGivenIsNotChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $y$ be a label.\n\n"
        + "$$\\frac{d}{dx} p(y \\mid x) = 0$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.render()).contains("p(y | x)").doesNotContain("ygivenx");
  }
}
