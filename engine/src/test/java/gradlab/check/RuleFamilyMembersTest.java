package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An update rule whose gradient is a family the text defines, w_{t+1} = w_t − η g_t with
 * g_t = f′(w_t): the iterate the text then states is the rule with g at that step. Before, g₁
 * had no value, and a wrong w₂ passed as a named point.
 */
@Timeout(120)
class RuleFamilyMembersTest extends gradlab.symbolic.EngineFixture {
  private static final String DESCENT = "Take $f(w) = \\frac{1}{2} w^2$, so the gradient is "
      + "$g_t = f'(w_t)$. Gradient descent with learning rate $\\eta$ updates\n\n"
      + "$$w_{t+1} = w_t - \\eta g_t$$\n\n"
      + "With $\\eta = 0.1$ and $w_0 = 2$ we get $w_1 = 1.8$ and $w_2 = W2$.\n";

  @Test
  void anIterateIsTheRuleWithTheGradientFamilyAtItsStep() {
    CheckReport r = FixturePair.checkMarkdown(engine, DESCENT.replace("W2", "1.62"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("one step of the update rule of line 3");
  }

  @Test
  void aWrongIterateThroughTheGradientFamilyIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, DESCENT.replace("W2", "1.64"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void aRuleWrittenAsAChainIsStillTheRule() {
    CheckReport r = FixturePair.checkMarkdown(engine, DESCENT.replace("W2", "1.64")
        .replace("\\eta g_t$$", "\\eta g_t = (1 - \\eta) w_t$$").replace("$g_t = f'(w_t)$",
            "$g_t = f'(w_t) = w_t$"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }
}
