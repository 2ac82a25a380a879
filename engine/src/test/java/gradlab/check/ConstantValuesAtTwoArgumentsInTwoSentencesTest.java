package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function given a constant at one letter and another constant at another letter, in two
 * sentences or two plain lines ("Let $V(a) = 2$. Let $V(b) = 3$. Then $V(b) - V(a) = 1$."), is
 * given values at two points, not the constant function V ≡ 2: read so, the second value and the
 * true difference were ✗ (issue 12, the lead's probe of an RL homework). One constant rule used
 * alone is still read as the function it may be.
 */
@Timeout(300)
class ConstantValuesAtTwoArgumentsInTwoSentencesTest extends gradlab.symbolic.EngineFixture {
  @Test
  void twoValuesInTwoLatexSentencesRefuteNothing() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $V(a) = 2$.\n\nLet $V(b) = 3$.\n\n"
        + "Then $V(b) - V(a) = 1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void twoValuesOnTwoPlainLinesRefuteNothing() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("v.txt",
        "Let V(a) = 2.\nLet V(b) = 3.\nThen V(b) - V(a) = 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aConstantRuleUsedAloneIsStillTheFunction() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $f(x) = 3$.\n\n"
        + "Then $f(2) + 1 = 5$.\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
