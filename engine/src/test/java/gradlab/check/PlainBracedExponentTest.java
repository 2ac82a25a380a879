package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code x e^{-x^2}} typed in plain text is the power e^(−x²): a new user's f(1) = e^{-1} was
 * "not checked: no numeric value" (the engine read the braces as a list), and so was the wrong
 * f(1) = 2; now the first is ✓ and the second ✗.
 */
@Timeout(120)
class PlainBracedExponentTest extends EngineFixture {
  private static final String F = "f(x) = x e^{-x^2}\n\n";

  private static List<StepResult> claimsAt(String markdown, int line) {
    return FixturePair.checkMarkdown(engine, markdown).steps().stream()
        .filter(s -> s.line() == line && s.isClaim()).toList();
  }

  @Test
  void bracedExponentInPlainTextIsAPower() {
    List<StepResult> at = claimsAt(F + "f(1) = e^{-1}\n", 3);
    assertThat(at).as(at.toString()).hasSize(1);
    assertThat(at.get(0).verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void wrongValueThroughABracedExponentIsRefuted() {
    List<StepResult> at = claimsAt(F + "f(1) = 2\n", 3);
    assertThat(at).as(at.toString()).hasSize(1);
    assertThat(at.get(0).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void derivativeThroughABracedExponentIsProvedAndAWrongOneIsNot() {
    assertThat(claimsAt(F + "f'(x) = e^{-x^2} - 2x^2 e^{-x^2}\n", 3)).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved.class));
    // the wrong one is not proved (a ✗ of it waits on x, a name of the bare text only)
    assertThat(claimsAt(F + "f'(x) = e^{-x^2} - 2x e^{-x^2}\n", 3)).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isNotInstanceOf(StepVerdict.Proved.class));
  }
}
