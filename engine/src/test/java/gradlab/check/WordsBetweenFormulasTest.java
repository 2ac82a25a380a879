package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A word set between two formulas with spacing (issue 12, chk-corpus): d2l's softmax display
 * {@code \hat{y} = \mathrm{softmax}(o) \quad \text{where}\quad \hat{y}_i = …} listed
 * {@code \text{where}} as a statement of its own (an empty assumption, then "not checked").
 */
@Timeout(120)
class WordsBetweenFormulasTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aWordBetweenTwoFormulasIsNotAStatement() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md",
        "$$u = x + 1 \\quad \\text{where}\\quad x = 2$$\n\n$$u = 3$$\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.lhs().contains("where"));
    assertThat(r.steps()).as(r.render()).hasSize(3);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
