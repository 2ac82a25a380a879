package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student types "eigenvalues 3 + sqrt(2) approx 4.414": the word was read as a factor of 3,
 * so the step was "not checked: the left side depends on [eigenvalues]" (user35). A long word
 * the text does not define, before a number that starts a relation, is prose: the value is
 * checked, and a wrong one is refuted.
 */
@Timeout(60)
class WordBeforeANumberIsProseTest extends CheckFixture {
  private static StepVerdict verdictOf(String value) {
    CheckReport r = checkText("hessian.txt", "L(a,b) = a^2 + a*b + 2*b^2\n"
        + "eigenvalues 3 + sqrt(2) approx " + value + "\n");
    return claimOnLine(r, 2).verdict();
  }

  @Test
  void theValueAfterTheWordIsChecked() {
    assertThat(verdictOf("4.414")).isInstanceOf(StepVerdict.Proved.class);
  }

  /** "Example 1: delta = 1" is a label and its number, then a value: delta stays a point. */
  @Test
  void aLabelsNumberIsNotTheFormulasStart() {
    CheckReport r = checkText("huber.txt", "Example 1: delta = 1, y = 3\nL = delta*y = 3\n");
    assertThat(r.render()).doesNotContain("1: delta");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueAfterTheWordIsRefuted() {
    assertThat(verdictOf("4.514")).isInstanceOf(StepVerdict.Refuted.class);
  }
}
