package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A markdown file without math (Karpathy's post: code and prose) is read in the engine-syntax
 * format; its header comment {@code <!-- source: … -->} was a step, "a side of the relation is
 * empty", at line 1.
 */
@Timeout(60)
class HtmlCommentInPlainTextTest extends gradlab.symbolic.EngineFixture {
  @Test
  void htmlCommentIsNoStepAndLinesAfterItKeepTheirNumbers() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(8)).checkText("t.md",
        "<!-- source: a post\n     where a < b -->\nlet x = 2\nx^2 = 4\n");
    assertThat(r.steps()).filteredOn(StepResult::isClaim).singleElement()
        .satisfies(s -> {
          assertThat(s.line()).isEqualTo(4);
          assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved.class);
        });
  }
}
