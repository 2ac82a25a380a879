package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name introduced in the middle of a chain, {@code p(\mathcal{C}_k|\boldsymbol{\phi}) =
 * y_k(\boldsymbol{\phi}) = \frac{\exp(a_k)}{\sum_j \exp(a_j)}} (PRML 4.104): y_k was left
 * undefined (its link a claim about an unknown value), so a wrong Jacobian of y_k was "not
 * checked"; y_k is now defined by the last term.
 */
@Timeout(60)
class MiddleNameDefinitionsTest extends gradlab.symbolic.EngineFixture {
  private static final String CHAIN = "$$p(\\mathcal{C}_k|\\boldsymbol{\\phi}) = "
      + "y_k(\\boldsymbol{\\phi}) = \\frac{\\exp(a_k)}{\\sum_j \\exp(a_j)}$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongJacobianOfANameIntroducedMidChainIsRefutedAtItsLine() {
    CheckReport r = check(CHAIN + "$$\\frac{\\partial y_k}{\\partial a_j} = "
        + "y_k(\\delta_{kj} - y_k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void theTrueJacobianOfThatNameIsNotRefuted() {
    CheckReport r = check(CHAIN + "$$\\frac{\\partial y_k}{\\partial a_j} = "
        + "y_k(\\delta_{kj} - y_j)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aMiddleNameWhoseArgumentTheLastTermUsesStaysUndefined() {
    CheckReport r = check("$$p(\\mathcal{C}_k|\\boldsymbol{\\phi}) = y_k(\\boldsymbol{\\phi}) = "
        + "\\frac{\\exp(\\phi_k a_k)}{\\sum_j \\exp(\\phi_j a_j)}$$\n\n"
        + "$$\\frac{\\partial y_k}{\\partial a_j} = y_k(\\delta_{kj} - y_k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aMiddleNameTheTextDefinedEarlierStaysAClaim() {
    CheckReport r = check("$$y_k = \\frac{\\exp(2 a_k)}{\\sum_j \\exp(2 a_j)}$$\n\n"
        + "$$p(\\mathcal{C}_k) = y_k = \\frac{\\exp(a_k)}{\\sum_j \\exp(a_j)}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }
}
