package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "with $V(S_t) = 0.5$ and $V(S_{t+1}) = 0.4$" (Sutton and Barto's TD error in numbers): a
 * value of V at the next state, its argument a subscripted expression, not a name. Read as the
 * constant function V ≡ 0.5, the second value was refuted in a correct file (held17); it is a
 * case in prose. A constant function given another value in a later sentence is still refuted.
 */
@Timeout(120)
class ValuesAtSubscriptedArgumentsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aValueAtTheNextStateInTheSameSentenceIsACase() {
    CheckReport r = FixturePair.checkMarkdown(engine, "For example, with $\\gamma = 0.9$, "
        + "$V(S_t) = 0.5$ and $V(S_{t+1}) = 0.4$:\n\n$$1 + 0.9 \\cdot 0.4 - 0.5 = 0.86$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(ProseCaseValues.NOTE);
  }

  @Test
  void wrongArithmeticAfterTheTwoValuesIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "For example, with $\\gamma = 0.9$, "
        + "$V(S_t) = 0.5$ and $V(S_{t+1}) = 0.4$:\n\n$$1 + 0.9 \\cdot 0.4 + 0.5 = 0.86$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void anotherValueOfAConstantFunctionInALaterSentenceIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "We take $u(k) = 1/4$.\n\n"
        + "Then $u(S_{t+1}) = 1/2$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
