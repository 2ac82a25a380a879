package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A point written as a tuple, "a point like $(0, \log(2))$" of a defined f(x, y): the claim
 * after it was "not checked: it holds only for values the text does not state here", so a
 * wrong value of f there was never named.
 */
@Timeout(60)
class TuplePointsTest extends gradlab.symbolic.EngineFixture {
  private static final String FUNCTION = "Take the function\n\n$$f(x, y) = \\log(e^x + e^y)$$\n\n";

  private static CheckReport md(String text) {
    return FixturePair.checkMarkdown(engine, text);
  }

  @Test
  void aWrongValueAtATuplePointIsRefuted() {
    CheckReport r = md(FUNCTION + "If we look at a point like $(0, \\log(2))$, we see that\n\n"
        + "$$f(x, y) = \\log(2)$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
    assertThat(r.render()).contains("named point");
  }

  @Test
  void theRightValueAtATuplePointIsProved() {
    CheckReport r = md(FUNCTION + "At $(0, \\log(2))$ we have\n\n$$f(x, y) = \\log(3)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void twoFunctionsWithOtherParametersLeaveTheTupleUnread() {
    CheckReport r = md(FUNCTION + "and $$g(u, v) = u v$$\n\n"
        + "If we look at a point like $(0, \\log(2))$, we see that\n\n$$f(x, y) = \\log(2)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("named point");
  }

  @Test
  void anIntervalInProseIsNoPoint() {
    CheckReport r = md(FUNCTION + "On the interval $(0, 1)$ the function grows, and\n\n"
        + "$$f(x, y) = \\log(2)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
