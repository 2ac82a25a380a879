package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The product rule as students write it, {@code \frac{d}{dx}\left( x^2 \right) e^{-x} + …}:
 * the operator was read over the whole product only, and the true step refuted (found by a
 * new-user tester, user39). The operator's reach over a bracket and more factors is ambiguous:
 * never ✗ where one reading holds.
 */
@Timeout(60)
class OperatorBeforeABracketAndMoreTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theProductRuleWrittenWithOperatorsOnBracketsIsNotRefuted() {
    CheckReport r = check("Let $f(x) = x^2 e^{-x}$.\n\n$$f'(x) = \\dfrac{d}{dx}\\left( x^2 "
        + "\\right) e^{-x} + x^2 \\dfrac{d}{dx}\\left( e^{-x} \\right)$$\n\n"
        + "$$\\frac{d}{dx}(x^2) \\cdot e^{-x} = 2x e^{-x}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongValueUnderBothReachesIsStillRefuted() {
    CheckReport r = check("$$\\frac{d}{dx}(x^2) e^{-x} = 3x e^{-x}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aBracketRaisedToAPowerIsOneFactorNotAnAmbiguity() {
    assertThat(OperatorBracketReach.leadingGroupBeforeMore("(x^2)^3")).isEqualTo(-1);
    assertThat(OperatorBracketReach.leadingGroupBeforeMore("\\left( x^2 \\right)")).isEqualTo(-1);
    assertThat(OperatorBracketReach.leadingGroupBeforeMore("\\left( x^2 \\right) e^{-x}"))
        .isEqualTo("\\left( x^2 \\right)".length());
    CheckReport r = check("$$\\frac{d}{dx}(x^2)^3 = 6x^5$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
