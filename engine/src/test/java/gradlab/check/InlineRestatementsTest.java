package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Inline steps that restate a defined name (found by a new user): in a numbered list, the true
 * "1. $s = |a - b|/2$" was dropped from the report and the wrong "2. $s = |a - b|$" silently
 * became a new definition, so the report was all clear. A restatement that holds is now shown;
 * one that differs, without words that announce a new meaning, is shown as not checked with
 * the difference.
 */
@Timeout(60)
class InlineRestatementsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aTrueInlineRestatementIsShownAsAStep() {
    CheckReport r = check("Let $s = (a - b)^2 + 2ab$.\n\n1. $s = a^2 + b^2$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aDifferentInlineRestatementInAListIsShownNotAccepted() {
    CheckReport r = check("Let $s = (a - b)^2 + 2ab$.\n\n1. $s = a^2 + b^2$\n2. $s = a^2 - b^2$\n");
    assertThat(r.render()).contains("read as a new definition of s, which differs");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void anAnnouncedNewMeaningStaysANewDefinition() {
    CheckReport r = check("Let $L = (a - y)^2$.\n\nNow the loss is $L = -\\log a$.\n");
    assertThat(r.render()).contains("[new definition]").doesNotContain("which differs");
  }
}
