package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "let sp(x) = log(1 + exp(x))" in the engine syntax was "not checked: the definition of sp is
 * not read", and so was every step using sp (a student's softplus notes): a name of two or three
 * letters, which the engine takes as an unspecified function, was no function head in plain
 * text, where one letter (f) and an unknown word (softsign) were.
 */
@Timeout(300)
class PlainShortFunctionNameDefinedTest extends CheckFixture {
  private static final String SP = "let sp(x) = log(1 + exp(x))\n";

  @Test
  void aTwoLetterFunctionIsDefinedAndItsSecondDerivativeChecked() {
    CheckReport r = checkText("t.txt", SP + "at x = 0\ndiff(sp(x), x, 2) = 1/4\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", SP + "at x = 0\ndiff(sp(x), x, 2) = 1/2\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aThreeLetterFunctionOfTwoVariablesIsDefined() {
    String lse = "lse(a, b) = log(exp(a) + exp(b))\n";
    CheckReport r = checkText("t.txt", lse + "lse(0, 0) = log(2)\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", lse + "lse(0, 0) = 2*log(2)\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aShortBuiltInIsNotTakenOver() {
    CheckReport r = checkText("t.txt", "exp(x) = 1 + x\nexp(1) = 2\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
