package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Take a linear critic $D(x) = w x$" (WGAN-GP worked out, held17): a rule named D replaced the
 * engine's own D, and every later step of the file, the planted error among them, was "unknown:
 * holds at 10 random points", even 1 + 1.5/20 = 1.075. The head now defines nothing; the steps
 * after it are checked as usual.
 */
@Timeout(120)
class FunctionsNamedLikeEngineOperatorsTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "Take a linear critic $D(x) = w x$ with $w > 0$, $x = 2$, "
      + "$\\tilde{x} = 0.5$ and $\\lambda = 10$.\n\n$$\\tilde{x} - x + 2 \\lambda (w - 1) = "
      + "-1.5 + %s \\lambda (w - 1)$$\n\n$$1 + \\frac{1.5}{20} = 1.075$$\n";

  @Test
  void stepsAfterACriticNamedDAreCheckedAndTrueOnesProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("2"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("random points");
  }

  @Test
  void aDroppedFactorAfterACriticNamedDIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted(""));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
