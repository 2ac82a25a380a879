package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A one-hot label's component at a free index (y_j) in a step written out for sizes (issue 12,
 * fix18): the index is written out at the label's hot and a cold index, so a wrong sign is
 * refuted at a label the text allows, and the true step is not.
 */
@Timeout(300)
class OneHotFreeIndexFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX = "Let the logits be $z_1, \\dots, z_K$ and\n\n"
      + "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^K e^{z_k}}$$\n\n"
      + "and let $y$ be a one-hot label vector, so $\\sum_k y_k = 1$.\n\n";

  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }

  private static StepVerdict last(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict)
        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no claim\n" + r.render()));
  }

  @Test
  void wrongSignOfTheSoftmaxGradientIsRefutedAtAOneHotLabel() {
    CheckReport r = check(SOFTMAX + "$$-y_j + p_j \\sum_k y_k = y_j - p_j$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void rightSignOfTheSoftmaxGradientIsNotRefuted() {
    CheckReport r = check(SOFTMAX + "$$-y_j + p_j \\sum_k y_k = p_j - y_j$$\n");
    assertThat(last(r)).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
