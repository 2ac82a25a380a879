package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Goodfellow's "$\frac{1}{m}\sum_{i=1}^m (\theta) - \theta = \theta - \theta = 0$": θ is written
 * on both sides, though θ − θ simplifies to 0. The step was "not checked: the right side is a
 * number" (held-out round 9), so a wrong left side, (1 − θ) for θ, went unnoticed.
 */
@Timeout(60)
class WrittenOnBothSidesTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "The estimator is unbiased:\n\n"
      + "$$\\frac{1}{2}(%s + \\theta) - \\theta = \\theta - \\theta = 0$$\n";

  @Test
  void anIdentityWhoseRightSideCancelsIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("\\theta"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("holds only for values");
  }

  @Test
  void aWrongLeftSideIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("(1 - \\theta)"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
