package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A point before a colon in a plain-text line ("b = 0: f(x) = x/2", "numbers at x = 0: …",
 * "b = 1 (SiLU): …"): the claims after the colon are read at that point, as an {@code at} line.
 */
class PointBeforeColonTest extends CheckFixture {
  private static final String SWISH = "f(x) = x*sigmoid(b*x)\n\n";

  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void aClaimAfterAPointAndAColonIsProvedAtThatPoint() {
    // "0: f(x)" was read as a side of a chain split at the point's "=": "not comparable"
    CheckReport r = text(SWISH + "b = 0: f(x) = x/2\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void wordsAndAtBeforeThePointAreProse() {
    CheckReport r = text("numbers at x = 0: sigmoid(x) = 0.5\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueAtThePointIsRefuted() {
    CheckReport r = text(SWISH + "b = 0: f(2) = 3\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aTrueValueAtThePointIsNotRefuted() {
    CheckReport r = text(SWISH + "b = 0: f(2) = 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongFormulaAtThePointIsNeverProved() {
    // read as f defined anew (as "at b = 0: f(x) = x/3" is), never as a proved claim
    CheckReport r = text(SWISH + "b = 0: f(x) = x/3\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 3
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aNoteInBracketsAfterThePointIsNotAFactor() {
    CheckReport r = text(SWISH + "b = 2 (steeper): f(1) = sigmoid(2)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
