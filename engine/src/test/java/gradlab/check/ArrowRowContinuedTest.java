package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The row after an update "w &\leftarrow …" that opens with "&=" continues the assigned value:
 * a lecturer's weight-decay step (1 − ηλ)w − η∇J was "a side of the relation is empty".
 */
@Timeout(60)
class ArrowRowContinuedTest extends gradlab.symbolic.EngineFixture {
  private static String block(String continued) {
    return "The update is\n\n$$\n\\begin{align*}\nw &\\leftarrow w - \\eta\\left(g + \\lambda w"
        + "\\right) \\\\\n&= " + continued + "\n\\end{align*}\n$$\n";
  }

  @Test
  void theRowAfterAnUpdateIsComparedWithTheAssignedValue() {
    CheckReport r = FixturePair.checkMarkdown(engine, block("(1 - \\eta\\lambda) w - \\eta g"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("a side of the relation is empty");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isPositive();
  }

  @Test
  void aWrongRowAfterAnUpdateIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, block("(1 + \\eta\\lambda) w - \\eta g"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
