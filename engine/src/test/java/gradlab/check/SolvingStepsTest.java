package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Solving in one line, {@code f'(x) = 1 - 2x = 0 \implies x = 1/2}: every part of it was "not
 * checked: part of an implication", so a wrong derivative or a wrong root in a maximum went
 * unnoticed. The derivative is now a claim, {@code = 0} the condition, and the root is checked by
 * substituting it back; it is refuted only at a point where the condition holds.
 */
@Timeout(60)
class SolvingStepsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aRootSubstitutedBackIsProved() {
    CheckReport r = check("Let $f(x) = x - x^2$.\n\n$$f'(x) = 1 - 2x = 0 \\implies x = \\frac{1}{2}$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.render()).contains("[condition (the premise of ⟹)]");
  }

  @Test
  void aWrongDerivativeBeforeEqualsZeroIsRefuted() {
    CheckReport r = check("Let $f(x) = x - x^2$.\n\n$$f'(x) = 1 - 3x = 0 \\implies x = \\frac{1}{3}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(
        s -> assertThat(s.lhs()).isEqualTo("f'(x)"));
  }

  @Test
  void aWrongRootIsRefutedWhereTheConditionHolds() {
    CheckReport r = check("$$2x - 1 = 0 \\quad\\Rightarrow\\quad x = 0.33$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("2x − 1 = 0 holds at x = 0.5;");
  }

  @Test
  void aRootRoundedToItsDigitsIsProved() {
    CheckReport r = check("$$3x - 1 = 0 \\implies x = 0.33$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("which is 0.33 to the digits written");
  }

  @Test
  void aSigmoidMaximumIsProvedBySubstitution() {
    CheckReport r = check("$$\\sigma'(z) = \\sigma(z)(1 - \\sigma(z)) = \\frac14 \\implies z = 0$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void anEquationWithoutARealSolutionRefutesNothing() {
    CheckReport r = check("$$e^{x} = 0 \\implies x = 5$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void oneOfTwoRootsIsNotProvedAsTheSolution() {
    CheckReport r = check("$$x^2 - 4 = 0 \\implies x = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.render()).contains("and so does x");
  }

  @Test
  void spacingBeforeTheArrowStillMakesAPremise() {
    CheckReport r = check("Let $x = 3$.\n\n$$x^2 = 4 \\quad\\Rightarrow\\quad x = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void solvingAcrossProseIsCheckedToo() {
    CheckReport r = check("Setting $\\frac{d}{dw}(w-3)^2 = 0$ gives $w = 2$.\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.lhs()).isEqualTo("w"));
    assertThat(check("Setting $\\frac{d}{dw}(w-3)^2 = 0$ gives $w = 3$.\n").count(
        StepVerdict.Proved.class)).isEqualTo(1);
  }

  @Test
  void aDefinitionIsNoEquationToSolve() {
    CheckReport r = check("Let $f(x) = x^2 - 4$, so $x = 7$ is a point.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void aSolvedEquationIsNoConditionForTheStepsAfterIt() {
    // "Setting $f'(x) = 0$ gives $x = 1$" left f'(x) = 0 standing, and a wrong case of the
    // next display was "not checked: it fails where the condition on line 3 does not hold"
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $f(x) = x^3 - 3x$.\n\nSetting "
        + "$f'(x) = 0$ gives $x = 1$.\n\n$$\\frac{d}{dx} f(x) = 3x^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }
}
