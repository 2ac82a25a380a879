package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text definition closed by a colon before the lines that use it, "Let ŷ = σ(w·x):"
 * (a chatbot's answer pasted by a new user): the colon was read as part of the formula,
 * "definition not understood: syntax error", and every step through ŷ was not checked.
 */
@Timeout(300)
class ColonAfterADefinitionTest extends CheckFixture {
  @Test
  void theDefinitionBeforeTheColonIsRead() {
    CheckReport r = checkText("t.txt", "Let ŷ = σ(w·x):\n\n∂ŷ/∂w = σ(w·x)(1 − σ(w·x))·x\n");
    assertThat(r.render()).doesNotContain("syntax error");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongStepThroughTheDefinitionIsRefuted() {
    CheckReport r = checkText("t.txt", "Let ŷ = σ(w·x):\n\n∂ŷ/∂w = σ(w·x)(1 − σ(w·x))\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
