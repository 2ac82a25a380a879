package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A ✗ is shown at the values the text gave where the step fails there too: seed 003's wrong
 * ∂L/∂w1 was shown at a random x1 = 0.50, b1 = −1.93 though the title gave x1 = 1, b1 = 1
 * (user29).
 */
class CounterexampleAtTheTextsValuesTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("hw.txt", body);
  }

  @Test
  void aWrongStepIsShownAtTheTitlesValues() {
    CheckReport r = text("Exercise 5 (x1 = 1, b1 = 1)\n\nz = w*x1 + b1\nz = w + 2\n");
    StepVerdict v = claimOnLine(r, 4).verdict();
    assertThat(v).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(((StepVerdict.Refuted) v).point()).as(r.render()).containsEntry("x1", 1.0)
        .containsEntry("b1", 1.0);
  }

  @Test
  void aStepTrueAtTheTitlesValuesIsStillNotRefuted() {
    CheckReport r = text("Exercise 5 (x1 = 1, b1 = 1)\n\nz = w*x1 + b1\nz = w + 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
