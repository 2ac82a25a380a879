package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Values a plain-text line gives in words the reader does not take as a point ("Exercise 5
 * (x1 = 1, b1 = 1)", "Exercise 5 with x1 = 1"): a step true at them is never refuted at other
 * values. A student tester's z = w + 1 after z = w*x1 + b1 was ✗ at x1 = −1.93.
 */
class ValuesGivenInATitleLineTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("hw.txt", body);
  }

  @Test
  void aStepTrueAtValuesInBracketsOfATitleIsNotRefuted() {
    CheckReport r = text("Exercise 5 (x1 = 1, b1 = 1)\n\nz = w*x1 + b1\nz = w + 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepTrueAtAValueAfterWithIsNotRefuted() {
    CheckReport r = text("Exercise 5 with x1 = 1, b1 = 1\n\nz = w*x1 + b1\nz = w + 1\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aStepWrongAtTheTitlesValuesIsStillRefuted() {
    CheckReport r = text("Exercise 5 (x1 = 1, b1 = 1)\n\nz = w*x1 + b1\nz = w + 2\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
