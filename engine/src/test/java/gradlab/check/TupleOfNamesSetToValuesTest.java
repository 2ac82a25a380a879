package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * d2l's {@code (x_1, y_1) = (0, 1)} names two points, component by component: it was "cannot
 * read: pairs (a, b)" and the steps at those points were not checked.
 */
@Timeout(60)
class TupleOfNamesSetToValuesTest extends EngineFixture {

  private CheckReport md(String body) {
    return FixturePair.checkMarkdown(engine, body);
  }

  @Test
  void aWrongSumAtATrainingPointGivenAsAPairIsRefutedAtItsLine() {
    CheckReport r = md("# t\n\nTake the point $(x_1, y_1) = (0, 1)$.\n\n$$x_1 + y_1 = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void theRightSumAtThePairIsProved() {
    CheckReport r = md("# t\n\n$$(a, b) = (2, -3)$$\n\n$$a b = -6$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("1 proved, 0 refuted, 0 unknown, 0 not checked");
  }

  @Test
  void onlyNamesOnTheLeftAndAsManyPlainValuesOnTheRightAreSplit() {
    assertThat(TupleAssignments.split("(x_1, y_1) = (0, 1)")).containsExactly("x_1 = 0",
        "y_1 = 1");
    assertThat(TupleAssignments.split("(\\alpha, \\beta) = (\\frac{1}{2}, 2)"))
        .containsExactly("\\alpha = \\frac{1}{2}", "\\beta = 2");
    assertThat(TupleAssignments.split("(2 x_1, 3)^{\\top} = (2, 3)^{\\top}")).isNull();
    assertThat(TupleAssignments.split("(a, b) = (1, 2, 3)")).isNull();
    assertThat(TupleAssignments.split("(a, a) = (1, 2)")).isNull();
    assertThat(TupleAssignments.split("(a, b) = (f(1), 2)")).isNull();
    assertThat(TupleAssignments.split("(a, b) = (1, 2) = (1, 2)")).isNull();
  }
}
