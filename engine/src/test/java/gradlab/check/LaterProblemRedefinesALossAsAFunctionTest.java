package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A problem set reuses L: problem 2 has "$L = (w - 1)^2$" (or the ridge cost "$L(w) = \frac12
 * \sum_{i=1}^{n} (w x_i - y_i)^2 + \frac{\lambda}{2} w^2$"), problem 7 "$L(a, b) = a^2 + ab +
 * 2b^2$". The first L's definition stayed (the Σ one also made L(a, b) "a function … at other
 * arguments than its definition's"), so every derivative of problem 7 was "not checked: a occurs
 * nowhere in the definitions" (user35). The later function is L from there on: its gradient is
 * proved, and a wrong partial refuted.
 */
@Timeout(120)
class LaterProblemRedefinesALossAsAFunctionTest extends CheckFixture {
  private static final String QUANTITY = "**Problem 2.** A loss: $L = (w - 1)^2$.\n\n";
  private static final String SUMMED = "**Problem 2.** Ridge: $L(w) = \\frac{1}{2}\\sum_{i=1}^{n}"
      + " (w x_i - y_i)^2 + \\frac{\\lambda}{2} w^2$.\n\n";

  private static StepVerdict verdictOf(String problem2, String claim) {
    CheckReport r = checkMarkdown("ps.md", problem2 + "**Problem 7.** The loss $L(a, b) = a^2 "
        + "+ ab + 2b^2$.\n\n(a) $" + claim + "$.\n");
    return claimOnLine(r, 5).verdict();
  }

  @Test
  void theLaterFunctionsPartialsAreProved() {
    assertThat(verdictOf(QUANTITY, "\\frac{\\partial L}{\\partial b} = a + 4b"))
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(verdictOf(SUMMED, "\\frac{\\partial L}{\\partial b} = a + 4b"))
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongPartialOfTheLaterFunctionIsRefuted() {
    assertThat(verdictOf(QUANTITY, "\\frac{\\partial L}{\\partial b} = a + 2b"))
        .isInstanceOf(StepVerdict.Refuted.class);
    assertThat(verdictOf(SUMMED, "\\frac{\\partial L}{\\partial b} = a + 2b"))
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  /** Parr and Howard's "$u = x^2$ (shorthand for $u(x) = x^2$)" restates u: both readings stay. */
  @Test
  void aFunctionHeadRestatingTheQuantityKeepsIt() {
    CheckReport r = checkMarkdown("u.md", "Let $u = x^2$ (shorthand for $u(x) = x^2$).\n\n"
        + "$$u = x^2$$\n\n$$\\frac{du}{dx} = 2x$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
