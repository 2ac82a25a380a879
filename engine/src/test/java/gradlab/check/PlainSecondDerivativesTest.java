package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Second derivatives typed in plain text, {@code d^2 f/dx^2}, {@code d2f/dx2} and the operator
 * {@code d^2/dx^2 E}, were "not checked: d, dx1 are not defined" (logsumexp-second-derivative-ascii,
 * logistic-newton-step-ascii). They are the first derivative taken once more, as LaTeX's
 * {@code \frac{d^2 f}{dx^2}} is; where the text names w2 the digit form is left as typed.
 */
@Timeout(120)
class PlainSecondDerivativesTest extends CheckFixture {
  private static final String CUBE = "f(x) = x^3\n%s = %s\n";

  @Test
  void aTypedSecondDerivativeIsTheDerivativeTakenTwice() {
    for (String d : new String[] {"d^2 f/dx^2", "d2f/dx2", "d^2/dx^2 x^3"}) {
      CheckReport r = checkText("t.txt", CUBE.formatted(d, "6*x"));
      assertThat(claimOnLine(r, 2).verdict()).as(r.render())
          .isInstanceOf(StepVerdict.Proved.class);
    }
  }

  @Test
  void aWrongTypedSecondDerivativeIsRefutedAtItsLine() {
    for (String d : new String[] {"d^2 f/dx^2", "d2f/dx2", "d^2/dx^2 x^3"}) {
      CheckReport r = checkText("t.txt", CUBE.formatted(d, "3*x"));
      assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
          .isEqualTo(2));
    }
  }

  @Test
  void throughTheTextsDefinitions() {
    String text = "p = sigma(w*x)\nL = -log(p)\nd2L/dw2 = %s\n";
    CheckReport r = checkText("t.txt", text.formatted("p*(1-p)*x^2"));
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", text.formatted("p*(1-p)*x"));
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void whereTheTextNamesW2TheDigitFormIsNotReadAsAnOrder() {
    CheckReport r = checkText("t.txt", "w2 = 3\nL = w2^2\nd2L/dw2 = 5\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
