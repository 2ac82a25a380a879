package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function defined by cases whose conditions are not the variable against a number (smooth
 * L1's |x| < 1, PReLU's f(y_i) with a_i) was "not checked: definitions by cases", and its
 * derivative stated case by case was "f′ of a function the text does not define" (Girshick,
 * He, GloVe in the corpus). Under a case whose condition is one of the definition's own, the
 * function is that case's formula; elsewhere nothing is read.
 */
@Timeout(60)
class RegionCasesTest extends gradlab.symbolic.EngineFixture {
  private static final String SMOOTH_L1 = "The smooth L1 loss is\n\n"
      + "$$\\mathrm{smooth}_{L_1}(x) = \\begin{cases} 0.5 x^2 & \\text{if } |x| < 1 \\\\ |x| - 0.5 "
      + "& \\text{otherwise} \\end{cases}$$\n\nIts derivative is\n\n"
      + "$$\\frac{d}{dx}\\mathrm{smooth}_{L_1}(x) = \\begin{cases} %s & \\text{if } |x| < 1 \\\\ "
      + "\\mathrm{sign}(x) & \\text{otherwise} \\end{cases}$$\n";
  private static final String ELU = "Let\n\n$$f(x) = \\begin{cases} x & x > 0 \\\\ \\alpha (e^x - 1)"
      + " & x \\le 0 \\end{cases}$$\n\nThen\n\n$$f'(x) = \\begin{cases} 1 & x > 0 \\\\ %s & "
      + "x < 0 \\end{cases}$$\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void smoothL1sDerivativeIsReadCaseByCaseFromItsDefinition() {
    CheckReport r = check(SMOOTH_L1.formatted("x"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.render()).contains("definition by cases: read in claims");
  }

  @Test
  void aWrongCaseOfSmoothL1sDerivativeIsRefutedAtItsLine() {
    CheckReport r = check(SMOOTH_L1.formatted("2x"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(7));
  }

  @Test
  void aConditionInsideTheCaseReadsThatCase() {
    CheckReport r = check(ELU.formatted("\\alpha e^x"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    CheckReport wrong = check(ELU.formatted("\\alpha e^{-x}"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(7));
  }

  @Test
  void aConditionThatIsNotOneOfTheDefinitionsIsNotRead() {
    // f′ = x for x > 0 mixes the two cases |x| < 1 and |x| ≥ 1: which formula holds is not one
    CheckReport r = check("$$g(x) = \\begin{cases} 0.5 x^2 & |x| < 1 \\\\ |x| - 0.5 & "
        + "\\text{otherwise} \\end{cases}$$\n\n$$g'(x) = \\begin{cases} x & x > 0 \\\\ -x & x \\le 0 "
        + "\\end{cases}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aFunctionDefinedAnewIsNoLongerItsCases() {
    CheckReport r = check(ELU.formatted("\\alpha e^x") + "\nNow let $f(x) = x^2$. Then\n\n"
        + "$$f'(x) = \\begin{cases} 2x & x > 0 \\\\ 2x & x \\le 0 \\end{cases}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void preluGradientInItsSlopeIsReadWithAnIndexedVariable() {
    String text = "$$f(y_i) = \\begin{cases} y_i, & \\text{if } y_i > 0 \\\\ a_i y_i, & \\text{if } "
        + "y_i \\le 0 \\end{cases}$$\n\n$$\\frac{\\partial f(y_i)}{\\partial a_i} = \\begin{cases} 0,"
        + " & \\text{if } y_i > 0 \\\\ %s, & \\text{if } y_i \\le 0 \\end{cases}$$\n";
    CheckReport r = check(text.formatted("y_i"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    CheckReport wrong = check(text.formatted("a_i"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(3));
  }
}
