package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CS229's {@code J(\theta) = …}: a function of a Greek parameter was read as an equation
 * ("[assumption]"), so {@code \nabla_{\theta} J(\theta)} was "∂J/∂θ, θ are not defined".
 */
@Timeout(60)
class GreekParameterHeadsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String claim) {
    return FixturePair.checkMarkdown(engine, "Let $J(\\theta) = \\theta^2 + 4\\theta$.\n\n$$"
        + claim + "$$\n");
  }

  @Test
  void gradientOfAFunctionOfThetaIsProved() {
    CheckReport r = check("\\nabla_{\\theta} J(\\theta) = 2\\theta + 4");
    assertThat(r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class))
        .as(r.render()).isEqualTo(1); // unknown: a proof that ran out of time
  }

  @Test
  void wrongGradientOfAFunctionOfThetaIsRefutedAtItsLine() {
    CheckReport r = check("\\nabla_{\\theta} J(\\theta) = 2\\theta - 4");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }
}
