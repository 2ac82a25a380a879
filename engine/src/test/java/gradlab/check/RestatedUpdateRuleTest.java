package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An update rule "written another way" must have the right side of the rule it restates: a
 * wrong rearrangement of weight decay is ✗ at its line, the right one is not, and a second rule
 * without such words (another algorithm) is not compared.
 */
@Timeout(120)
class RestatedUpdateRuleTest extends EngineFixture {
  private static final String FIRST = "To take a single gradient step, we perform this update:\n\n"
      + "$$w \\leftarrow w - \\epsilon \\left(\\alpha w + \\nabla_{w} J(w)\\right).$$\n\n";

  private static List<StepResult> claimsAt(String markdown, int line) {
    return FixturePair.checkMarkdown(engine, markdown).steps().stream()
        .filter(s -> s.line() == line && s.isClaim()).toList();
  }

  @Test
  void wrongRearrangementWrittenAnotherWayIsRefuted() {
    List<StepResult> at = claimsAt(FIRST + "Written another way, the update is\n\n"
        + "$$w \\leftarrow (1 - \\alpha) w - \\epsilon \\nabla_{w} J(w).$$\n", 7);
    assertThat(at).as(at.toString()).hasSize(1);
    assertThat(at.get(0).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void rightRearrangementWrittenAnotherWayIsNotRefuted() {
    List<StepResult> at = claimsAt(FIRST + "Written another way, the update is\n\n"
        + "$$w \\leftarrow (1 - \\epsilon \\alpha) w - \\epsilon \\nabla_{w} J(w).$$\n", 7);
    assertThat(at).allSatisfy(s -> assertThat(s.verdict()).isNotInstanceOf(StepVerdict.Refuted
        .class));
  }

  @Test
  void anotherRuleWithoutRestatingWordsIsNotCompared() {
    List<StepResult> at = claimsAt(FIRST + "With momentum the update is\n\n"
        + "$$w \\leftarrow (1 - \\alpha) w - \\epsilon \\nabla_{w} J(w).$$\n", 7);
    assertThat(at).isEmpty();
  }
}
