package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * H(…) is the Heaviside step only where the text uses ReLU: in an entropy derivation the
 * plain-text H(0.5) = 0.693 was ✗ (read as the step, 1) and H(0.3) = 1 ✓ (a lecturer, user28).
 */
class HeavisideOnlyBesideReluTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  private CheckReport markdown(String body) {
    return checkMarkdown("t.md", body);
  }

  @Test
  void anEntropyHIsNotTheStepInPlainText() {
    CheckReport r = text("H(0.5) = 0.693\nH(0.3) = 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void theTextsOwnHInBareTextIsNotTheStepAndAWrongValueInMathIsStillRefuted() {
    CheckReport r = markdown("# Entropy\n\nThe binary entropy is "
        + "$H(p) = -p\\log p - (1-p)\\log(1-p)$, so H(0.5) = 0.693.\n\n"
        + "For a fair coin $H(1/2) = 1$.\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 3
        && s.verdict() instanceof StepVerdict.Refuted);
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(5);
  }

  @Test
  void besideReluHIsStillTheStep() {
    CheckReport r = text("relu(x) = max(0, x)\nH(0.3) = 1\nH(0.3) = 0\n");
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 2
        && s.verdict() instanceof StepVerdict.Proved);
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }
}
