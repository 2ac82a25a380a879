package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * d/da of a formula written in a, where the text defines a = σ(z) (Ng's
 * {@code \frac{d\mathcal{L}(a, y)}{da}}): taken with a as the variable, a's definition put in
 * after; "which variables are held fixed?" only where another name of the formula reaches a.
 */
@Timeout(120)
class DefinedVariableDerivativesTest extends gradlab.symbolic.EngineFixture {
  private static List<StepVerdict> claims(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  private static final String LOSS = "$$z = w x + b$$\n\n$$a = \\sigma(z)$$\n\n"
      + "$$\\mathcal{L}(a, y) = -(y \\log(a) + (1 - y) \\log(1 - a))$$\n\n";

  @Test
  void derivativeByADefinedNameOfAFormulaInThatNameIsProved() {
    assertThat(claims(LOSS + "$$\\frac{d\\mathcal{L}(a, y)}{da} = -\\frac{y}{a} "
        + "+ \\frac{1 - y}{1 - a}$$\n")).singleElement().isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void wrongSignInTheDerivativeByADefinedNameIsRefuted() {
    assertThat(claims(LOSS + "$$\\frac{d\\mathcal{L}(a, y)}{da} = -\\frac{y}{a} "
        + "- \\frac{1 - y}{1 - a}$$\n")).singleElement().isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void derivativeWhereAnotherNameDependsOnTheVariableDoesNotHoldThatNameFixed() {
    // u = 2a moves with a: holding u fixed (d(u + a)/da = 1) is not the reading to prove
    assertThat(claims("$$a = \\sigma(z)$$\n\n$$u = 2 a$$\n\n"
        + "$$\\frac{d(u + a)}{da} = 1$$\n")).singleElement()
        .isNotInstanceOf(StepVerdict.Proved.class);
  }
}
