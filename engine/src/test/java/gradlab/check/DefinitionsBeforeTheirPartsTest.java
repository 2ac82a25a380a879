package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * 3Blue1Brown defines the cost first, C_0 = (a^{(L)} - y)^2, and its parts after it; every step
 * was "not checked: definition of a^{(L)} uses z^{(L)}, which is defined at or after it".
 */
@Timeout(60)
class DefinitionsBeforeTheirPartsTest extends gradlab.symbolic.EngineFixture {
  private static final String COST_FIRST = "$$C_0 = (a^{(L)} - y)^2$$\n\n"
      + "$$z^{(L)} = w^{(L)} a^{(L-1)} + b^{(L)}$$\n\n$$a^{(L)} = \\sigma(z^{(L)})$$\n\n";

  private static List<StepVerdict> claims(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  @Test
  void costDefinedBeforeItsPartsIsStillChecked() {
    assertThat(claims(COST_FIRST + "$$\\frac{\\partial C_0}{\\partial w^{(L)}} = a^{(L-1)} "
        + "\\sigma'(z^{(L)}) 2(a^{(L)} - y)$$\n"))
        .singleElement().isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void sigmaForSigmaPrimeIsRefutedWhenTheCostComesFirst() {
    assertThat(claims(COST_FIRST + "$$\\frac{\\partial C_0}{\\partial w^{(L)}} = a^{(L-1)} "
        + "\\sigma(z^{(L)}) 2(a^{(L)} - y)$$\n"))
        .singleElement().isInstanceOf(StepVerdict.Refuted.class);
  }
}
