package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A cost defined as a function by a Σ with symbolic bounds, {@code L(w) = \sum_{i=1}^{n} …}, was
 * a claim "L, λ, x₁ … are not defined", so every later step on L was not checked while the same
 * cost written {@code L = \sum …} was read (held-out notation: ridge regression, CS229's
 * J(θ)). The head is now read as the name L at its own arguments; a call at others is not.
 */
@Timeout(120)
class SummedFunctionDefinitionsTest extends gradlab.symbolic.EngineFixture {
  private static final String RIDGE = "Define the regularised loss\n"
      + "$$L(w) = \\sum_{i=1}^{n} (w x_i - y_i)^2 + \\lambda w^2.$$\n"
      + "Differentiating term by term,\n";

  @Test
  void aWrongDerivativeOfACostDefinedAsAFunctionBySumIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, RIDGE
        + "$$\\frac{dL}{dw} = \\sum_{i=1}^{n} 2 x_i (w x_i - y_i) + \\lambda w.$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(4);
  }

  @Test
  void theTrueDerivativeWithTheHeadWrittenInItIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, RIDGE
        + "$$\\frac{\\partial L(w)}{\\partial w} = 2\\sum_{i=1}^{n} x_i (w x_i - y_i) "
        + "+ 2 \\lambda w.$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("written out").doesNotContain("are not defined in the text");
  }

  @Test
  void aCallAtOtherArgumentsIsNotCheckedNeverReadAsAProduct() {
    CheckReport r = FixturePair.checkMarkdown(engine, RIDGE
        + "$$L(0) = \\sum_{i=1}^{n} y_i^2.$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("at other arguments than its definition's");
  }

  @Test
  void aMeanSquaredCostOfThetaLocatesAGradientMissingItsFactor() {
    CheckReport r = FixturePair.checkMarkdown(engine, "The cost is\n"
        + "$$J(\\theta) = \\frac{1}{2m}\\sum_{i=1}^{m} (\\theta x_i - y_i)^2$$\n"
        + "so\n$$\\frac{\\partial J(\\theta)}{\\partial \\theta} = \\frac{1}{m}\\sum_{i=1}^{m} "
        + "(\\theta x_i - y_i) x_i$$\n"
        + "and\n$$\\frac{\\partial J}{\\partial \\theta} = \\frac{1}{2m}\\sum_{i=1}^{m} "
        + "(\\theta x_i - y_i) x_i$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(6);
  }
}
