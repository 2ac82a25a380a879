package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the text sets out to show is the claim to reach, not a given: a question's "show that
 * $\sigma_w^2 = 2/n$" read as a definition made a later σ_w² = 1/1024 ✗ (found by a lecturer).
 */
@Timeout(60)
class StatedGoalsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aRelationToBeShownDefinesNothing() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $n = 4$. Show that $s = 2/n$ "
        + "keeps the variance.\n\nThe answer:\n\n$$\ns = 1/4\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("s = 2/n   [" + StatedGoals.NOTE + "]");
  }

  @Test
  void aDefinitionAfterWhereInTheGoalsSentenceIsStillADefinition() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Show that it is positive, where "
        + "$s = 2$.\n\n$$\ns + 1 = 4\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theGoalsSentenceEndsAtItsFullStop() {
    assertThat(StatedGoals.sets("(b) If $x = 1$, show that ")).isTrue();
    assertThat(StatedGoals.sets("(b) If ")).isFalse();
    assertThat(StatedGoals.sets("Show that $a = b$. Let ")).isFalse();
    assertThat(StatedGoals.sets("This shows that ")).isFalse();
    assertThat(StatedGoals.sets("Our goal is ")).isTrue();
  }
}
