package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A defined name restated with a value where its inputs are stated, "For $z = 2$, $y = 1$:
 * $L = \log(1+e^2) - 2$" after L = log(1 + e^z) − yz, is a claim: the true value is proved; a
 * wrong formula there is never accepted silently (at most "not checked", saying it is wrong if
 * meant as a step), a wrong number is ✗, and in plain text the wrong formula is ✗. Probes of the
 * twenty-second round (trust22), which found these right; kept so they stay so.
 */
@Timeout(300)
class DefinedNameRestatedAtAStatedPointTest extends CheckFixture {
  private static final String MD = "# t\n\nLet $L = \\log(1+e^{z}) - yz$.\n\nFor $z = 2$, "
      + "$y = 1$: ";
  private static final String TXT = "L = log(1 + exp(z)) - y*z\nFor z = 2, y = 1: ";

  @Test
  void theTrueValueIsProved() {
    CheckReport r = checkMarkdown("t.md", MD + "$L = \\log(1+e^2) - 2$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongFormulaIsNeverAcceptedSilently() {
    CheckReport r = checkMarkdown("t.md", MD + "$L = \\log(1+e^2) - 1$\n");
    StepVerdict v = claimOnLine(r, 5).verdict();
    assertThat(v).as(r.render()).isNotInstanceOf(StepVerdict.Proved.class);
    if (v instanceof StepVerdict.NotChecked n) {
      assertThat(n.reason()).as(r.render()).contains("wrong");
    }
  }

  @Test
  void aWrongNumberIsRefuted() {
    CheckReport r = checkMarkdown("t.md", MD + "$L = 0.5$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void inPlainTextTheWrongFormulaIsRefutedAndTheTrueOneProved() {
    CheckReport wrong = checkText("t.txt", TXT + "L = log(1 + exp(2)) - 1\n");
    assertThat(claimOnLine(wrong, 2).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
    CheckReport right = checkText("t.txt", TXT + "L = log(1 + exp(2)) - 2\n");
    assertThat(claimOnLine(right, 2).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
