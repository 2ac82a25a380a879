package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Names the text used but never defined (issue 12, the largest class of "not checked"): a name
 * held fixed in a partial derivative that the text used as an input before (x_j after
 * y = Σ_i w_i x_i) is a free variable, and a parameter of a definition the reader cannot read
 * (λ of s = λ/2 ‖W‖²_F) is a name of the text. A letter a side merely writes (σ'(z) = a(1 − a))
 * may abbreviate a formula and stays not checked.
 */
@Timeout(60)
class UsedNamesFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String SUM = "$$y = \\sum_i^n w_i x_i$$\n\n";
  private static final String REGULARIZED = "Given the hyper-parameter $\\lambda$,\n\n"
      + "$$s = \\frac{\\lambda}{2} \\|\\mathbf{W}\\|_F^2$$\n\n$$J = L + s$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void anInputHeldFixedInAPartialIsAFreeVariable() {
    CheckReport wrong = check(SUM + "$$\\frac{\\partial}{\\partial w_j} (w_j x_j) = w_j$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(3));
    assertThat(wrong.render()).contains("free variables");
    CheckReport right = check(SUM + "$$\\frac{\\partial}{\\partial w_j} (w_j x_j) = x_j$$\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isPositive();
  }

  @Test
  void anInputOfTheRowAboveInOneArrayIsUsedBeforeTheStep() {
    String rows = "$$\n\\begin{array}{lllll}\n y &=& \\sum_i^n (w_i x_i)\\\\\n"
        + " \\frac{\\partial y}{\\partial w_j} &=& \\frac{\\partial}{\\partial w_j}"
        + " (w_j x_j) &=& RIGHT\\\\\n\\end{array}\n$$\n";
    CheckReport wrong = check(rows.replace("RIGHT", "w_j"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(4));
    CheckReport right = check(rows.replace("RIGHT", "x_j"));
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
  }

  @Test
  void aHeldNameTheTextNeverUsedStaysNotChecked() {
    CheckReport r = check("$$\\frac{\\partial}{\\partial w_j} (w_j x_j) = w_j$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSumWrittenOutWithAFreeIndexAdmitsNoName() {
    CheckReport r = check(SUM + "$$\\sum_i \\frac{\\partial}{\\partial w_j} (w_i x_i) = "
        + "\\frac{\\partial}{\\partial w_j} (w_j x_j)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aUsedLetterOnTheOtherSideMayAbbreviateAndStaysNotChecked() {
    CheckReport r = check("Let $n = 2$.\n\n$$C = (a - y)^2$$\n\n"
        + "$$\\sigma(z)(1-\\sigma(z)) = a(1-a)$$\n\n$$\\sigma'(z) = a(1 - a)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aParameterOfAnUnreadDefinitionIsANameOfTheText() {
    CheckReport wrong = check(REGULARIZED + "$$\\frac{\\partial J}{\\partial s} = \\lambda$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(7));
    CheckReport right = check(REGULARIZED + "$$\\frac{\\partial J}{\\partial s} = 1$$\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isPositive();
  }

  @Test
  void theDerivativeOfAnUnreadDefinitionStaysNotChecked() {
    CheckReport r = check(REGULARIZED + "$$\\frac{\\partial s}{\\partial \\mathbf{W}} = "
        + "\\lambda \\mathbf{W}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aLetterNamedOnlyInProseStaysNotChecked() {
    CheckReport r = check("Given the hyper-parameter $\\lambda$, $$J = L + s$$\n\n"
        + "$$\\frac{\\partial J}{\\partial s} = \\lambda$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
