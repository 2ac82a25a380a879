package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * RankNet's "the model computes the scores $s_i = f(x_i)$ and $s_j = f(x_j)$" with f defined
 * nowhere: sᵢ was "defined in a way the checker does not read", so ∂C/∂sᵢ was not checked and
 * a wrong sign in it was not located (burges-ranknet-gradient, miss20). f is arbitrary, so sᵢ
 * can be any number: the step is decided with sᵢ, sⱼ free; not when it also reaches xᵢ, not
 * when the text defines f, not when two names are the same call.
 */
@Timeout(300)
class ValuesOfAnUndefinedFunctionTest extends CheckFixture {
  private static final String SCORES = "The model computes the scores $s_i = f(x_i)$ and "
      + "$s_j = f(x_j)$, and the cost is\n\n$$C = \\log(1 + e^{-(s_i - s_j)})$$\n\nso\n\n";

  @Test
  void aStepInTheScoresIsDecidedWithTheScoresFree() {
    CheckReport r = checkMarkdown("t.md", SCORES
        + "$$\\frac{\\partial C}{\\partial s_i} = -\\frac{1}{1 + e^{s_i - s_j}}$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkMarkdown("t.md", SCORES
        + "$$\\frac{\\partial C}{\\partial s_i} = -\\frac{1}{1 + e^{-(s_i - s_j)}}$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aStepThatAlsoReachesTheArgumentIsNotChecked() {
    CheckReport r = checkMarkdown("t.md", SCORES + "$$\\frac{\\partial C}{\\partial x_i} = 0$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    r = checkMarkdown("t.md", "Let $a = g(z)$ with $z = w x + b$ and $L = (a - y)^2/2$.\n\n"
        + "$$\\frac{\\partial L}{\\partial b} = 0$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aFunctionTheTextDefinesOrOneCallTwiceIsNotTakenFree() {
    CheckReport r = checkMarkdown("t.md", SCORES + "$$\\frac{\\partial C}{\\partial s_i} = "
        + "-\\frac{1}{1 + e^{-(s_i - s_j)}}$$\n\nHere $f(x) = x^2$.\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    r = checkMarkdown("t.md", "Let $s = f(x)$ and $t = f(x)$.\n\n$$s - t = 0$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
