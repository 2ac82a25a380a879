package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A number for a defined name under a new method's words ("With momentum …, the update becomes
 * $\Delta w = 0.9 \cdot 0.5 + 0.4 = 0.85$" after Δw = −η dL/dw = 0.4 of gradient descent) is
 * the new method's quantity or a wrong step: "not checked: ambiguous", never ✗ (issue 12, the
 * lead's probe of a momentum exercise, which was ✗ at the old formula's value). The chain's
 * arithmetic is still checked, and the same sentence without a method's words stays a claim.
 */
@Timeout(300)
class ANumberForANameUnderANewMethodIsAmbiguousTest extends gradlab.symbolic.EngineFixture {
  private static String exercise(String opening, String sum) {
    return "The loss is $L = (w - 3)^2$ with $w = 1$ and learning rate $\\eta = 0.1$.\n\n"
        + "The gradient is $\\frac{dL}{dw} = 2(w - 3) = -4$, so the update is "
        + "$\\Delta w = -\\eta \\frac{dL}{dw} = 0.4$.\n\n"
        + opening + " the update becomes $\\Delta w = 0.9 \\cdot 0.5 + 0.4 = " + sum + "$.\n";
  }

  private static final String MOMENTUM = "With momentum $\\beta = 0.9$ and a previous velocity "
      + "$v = 0.5$,";

  @Test
  void theMethodsValueIsNotRefutedAndItsArithmeticIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, exercise(MOMENTUM, "0.85"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aSlipInTheMethodsArithmeticIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, exercise(MOMENTUM, "0.95"));
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void withoutAMethodsWordsTheValueStaysAClaim() {
    CheckReport r = FixturePair.checkMarkdown(engine, exercise("Adding $0.45$,", "0.85"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
