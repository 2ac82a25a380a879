package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A chain rule over a path of three or more quantities the text never writes out (Britz's
 * ∂E₃/∂W = ∂E₃/∂ŷ₃ ∂ŷ₃/∂s₃ ∂s₃/∂W, Mazur's ∂E_total/∂w₆ over out_o1 and net_o1), or over a path
 * with a factor both sides share, was "not checked: … are not defined in the text": only two
 * factors were read. A path whose links telescope from the left side's quantity to its variable
 * is now the chain rule named with its assumption (unknown, never proved); a product that is no
 * such path stays not checked and is never refuted for it, and a wrong chain over quantities the
 * text defines stays ✗.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ChainRuleOverAPathOfNamesTest extends CheckFixture {
  private static StepVerdict claim(String display) {
    CheckReport r = checkMarkdown("chain.md", "# Chain\n\n$$" + display + "$$\n");
    return claimOnLine(r, 3).verdict();
  }

  @Test
  void aPathOfThreeFactorsIsTheChainRuleWithItsAssumption() {
    StepVerdict v = claim("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}"
        + " \\frac{\\partial a}{\\partial z} \\frac{\\partial z}{\\partial w}");
    assertThat(v).isInstanceOf(StepVerdict.Unknown.class);
    assertThat(v.evidence()).contains("the chain rule through a, z")
        .contains("holds if L depends on w only through a, a on w only through z");
  }

  @Test
  void theFactorsMayComeInAnyOrder() {
    StepVerdict v = claim("\\frac{\\partial L}{\\partial w} = \\frac{\\partial z}{\\partial w}"
        + " \\frac{\\partial L}{\\partial a} \\frac{\\partial a}{\\partial z}");
    assertThat(v.evidence()).contains("the chain rule through a, z");
  }

  @Test
  void theProductMayBeOnTheLeft() {
    StepVerdict v = claim("\\frac{\\partial L}{\\partial a} \\frac{\\partial a}{\\partial z}"
        + " \\frac{\\partial z}{\\partial w} = \\frac{\\partial L}{\\partial w}");
    assertThat(v.evidence()).contains("the chain rule through a, z");
  }

  @Test
  void aFactorOnBothSidesIsSetAside() {
    StepVerdict v = claim("\\frac{\\partial L}{\\partial a} \\frac{\\partial a}{\\partial w} = "
        + "\\frac{\\partial L}{\\partial a} \\frac{\\partial a}{\\partial z} "
        + "\\frac{\\partial z}{\\partial w}");
    assertThat(v.evidence()).contains("the chain rule through z")
        .contains("holds if a depends on w only through z");
  }

  @Test
  void aMissingLinkIsNotCheckedNorRefuted() {
    StepVerdict v = claim("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}"
        + " \\frac{\\partial z}{\\partial w}");
    assertThat(v).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aWrongEndOrAFactorUpsideDownIsNotAChainRule() {
    assertThat(claim("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}"
        + " \\frac{\\partial a}{\\partial z} \\frac{\\partial z}{\\partial x}"))
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(claim("\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}"
        + " \\frac{\\partial z}{\\partial a} \\frac{\\partial z}{\\partial w}"))
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aWrongChainOverDefinedQuantitiesIsStillRefuted() {
    CheckReport r = checkMarkdown("chain.md", "# Chain\n\n$$z = w x + b$$\n\n"
        + "$$a = \\sigma(z)$$\n\n$$L = \\frac{1}{2}(a - y)^2$$\n\n"
        + "$$\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial a}"
        + " \\frac{\\partial a}{\\partial z} \\frac{\\partial z}{\\partial b}$$\n");
    assertThat(claimOnLine(r, 9).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
