package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function defined by {@code \begin{cases}} on a comparison with a number (ReLU, leaky ReLU,
 * the step function) was "not checked: definitions by cases", and so was every value the text
 * then states of it, f(3) = 3, f(−2) = 0 (held-out notation). A call at a number is now the
 * value of the case that holds there; a number where the cases disagree is left unread.
 */
@Timeout(120)
class CasesFunctionValuesTest extends gradlab.symbolic.EngineFixture {
  private static final String LEAKY = "The leaky ReLU is\n"
      + "$$f(x) = \\begin{cases} x & x > 0 \\\\ 0.01 x & x \\le 0 \\end{cases}$$\n";

  @Test
  void aValueInEachCaseIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, LEAKY
        + "so $f(3) = 3$ and $f(-2) = -0.02$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aValueTakenFromTheWrongCaseIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, LEAKY
        + "so $f(3) = 3$ and\n$$f(-2) = -2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(4);
  }

  @Test
  void aValueAtAPointWhereTwoCasesDisagreeIsNotRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "The step function is\n"
        + "$$H(z) = \\begin{cases} 1 & z \\ge 0 \\\\ 0 & z \\le 0 \\end{cases}$$\n"
        + "so $H(0) = 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aFunctionDefinedAnewIsNoLongerReadByItsCases() {
    CheckReport r = FixturePair.checkMarkdown(engine, LEAKY
        + "Now let $f(x) = x^2$, so that $f(-2) = 4$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
