package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "The loss is $\ell(y, f) = (1 - yf)^2$" was not read ("unknown function 'ell'; did you mean
 * elu or ELU?"), and the later ∂ℓ/∂f was "not defined in the text": the loss written as ℓ in
 * LaTeX, the commonest name of a per-example loss, defined nothing (plain text's ℓ(y, t) did).
 */
@Timeout(60)
class LatexEllFunctionDefinitionTest extends gradlab.symbolic.EngineFixture {
  private static final String LOSS = "The loss is $\\ell(y, f) = (1 - yf)^2$. Then\n";

  @Test
  void aLossDefinedAsEllOfItsArgumentsIsAFunctionOfTheText() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        LOSS + "$$\\frac{\\partial \\ell}{\\partial f} = -2y(1-yf).$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aDroppedSignInTheDerivativeOfEllIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        LOSS + "$$\\frac{\\partial \\ell}{\\partial f} = 2y(1-yf).$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(2));
  }
}
