package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A sentence that ends on a condition word ("The derivatives we need.") does not make the
 * display after it a requirement: the sentence is over. user48's model solution, "**(a)**
 * Integrals and derivatives we need." before an align, had every row listed as [condition],
 * never checked, a wrong derivative among them, and the report counted none of them.
 */
@Timeout(120)
class ConditionWordEndingASentenceTest extends gradlab.symbolic.EngineFixture {

  @Test
  void aWrongIdentityAfterASentenceEndingInNeedIsRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "The identities we need.\n\n$$\\sigma(-z) = \\sigma(z)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).doesNotContain("[condition]");
  }

  @Test
  void aRightIdentityAfterASentenceEndingInNeedIsProved() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "**(a)** The identities we need.\n\n$$\\sigma(-z) = 1 - \\sigma(z)$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aRequirementAfterAnOpenSentenceStaysACondition() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "To keep the variance fixed we need\n\n$$n \\sigma^2 = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("[condition]");
  }
}
