package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Beside ReLU, plain-text H(…) is the Heaviside step, and relu'(x) = H(x) is compared with it:
 * it was "no numeric value" (the engine kept H a name of the user's), so relu'(x) = H(-x) was
 * never refuted (fix31r's open item).
 */
class ReluDerivativeComparedWithTheStepTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void reluPrimeIsTheStep() {
    CheckReport r = text("relu'(x) = H(x)\n");
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 1
        && s.verdict() instanceof StepVerdict.Proved);
    assertThat(r.render()).contains("H(x)");
  }

  @Test
  void reluPrimeIsNotTheMirroredStep() {
    CheckReport r = text("relu'(x) = H(-x)\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(1);
  }

  @Test
  void withoutReluAnHIsStillNotTheStep() {
    CheckReport r = text("H(x) = 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}
