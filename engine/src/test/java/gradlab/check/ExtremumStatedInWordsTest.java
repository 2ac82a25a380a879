package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An extremum stated in a sentence ("its local gradient (z*(1-z)) achieves a maximum at 0.25,
 * when z = 0.5") claims the formula's value at the point: a wrong value or point is ✗, a true
 * one is never ✓ (that it is the extremum is not checked), a number that may be the place or
 * the value is not checked.
 */
class ExtremumStatedInWordsTest extends EngineFixture {
  private static final String SIGMOID = "z = 1/(1 + exp(-x))\n\n";

  private static StepResult last(String text) {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
    return FixturePair.lastClaim(r);
  }

  @Test
  void maximumStatedAtTheWrongPointIsRefuted() {
    StepResult r = last(SIGMOID + "Its local gradient (z*(1-z)) achieves a maximum at 0.25, "
        + "when z = 0. That means the signal always diminishes.\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(r.line()).isEqualTo(3);
  }

  @Test
  void maximumStatedWithTheWrongValueIsRefuted() {
    StepResult r = last(SIGMOID + "Its local gradient (z*(1-z)) achieves a maximum at 0.5, "
        + "when z = 0.5.\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void maximumOfAFormulaNamedByANounIsRead() {
    StepResult r = last("the maximum of u*(1-u) is 0.4, at u = 0.5\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void trueMaximumInWordsIsNeitherRefutedNorProved() {
    // the value at the point holds; that it is the maximum is not checked: never ✓
    StepResult r = last(SIGMOID + "Its local gradient (z*(1-z)) achieves a maximum at 0.25, "
        + "when z = 0.5. That means the signal always diminishes.\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void numberAfterMaximumAtWithoutAPointIsNotChecked() {
    // "at 0.5" may say where the maximum is or how large it is: two readings
    StepResult r = last(SIGMOID + "The local gradient (z*(1-z)) attains its maximum at 0.5.\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aPointAfterAttainedAtIsThePointOfTheExtremum() { // was "without the point" (lead, r30)
    StepResult wrong = last("(d) The maximum of sigmoid'(z) is 1/2, attained at z = 0.\n");
    assertThat(wrong.verdict()).as(wrong.toString()).isInstanceOf(StepVerdict.Refuted.class);
    StepResult right = last("(d) The maximum of sigmoid'(z) is 1/4, attained at z = 0.\n");
    assertThat(right.verdict()).as(right.toString()).isInstanceOf(StepVerdict.Unknown.class);
  }
}
