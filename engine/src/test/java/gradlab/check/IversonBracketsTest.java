package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Iverson brackets in a softmax gradient, {@code [y = k]}, {@code [\![y = k]\!]} and CS229's
 * {@code 1\{y = k\}}: "cannot read: unexpected '='" before; now the indicator 𝟙(y = k).
 */
@Timeout(60)
class IversonBracketsTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX = "Two classes, with scores $z_1$, $z_2$ and the true "
      + "class $y = 1$. The softmax output is $p_1 = \\frac{e^{z_1}}{e^{z_1} + e^{z_2}}$ and "
      + "the loss is $L = -\\log p_1$.\n\n";

  private static CheckReport check(String claim) {
    return FixturePair.checkMarkdown(engine, SOFTMAX + "$$\\frac{\\partial L}{\\partial z_1} = "
        + claim + "$$\n");
  }

  @Test
  void eachIversonFormInATrueGradientIsProved() {
    for (String form : new String[] {"[y = 1]", "[\\![y = 1]\\!]", "1\\{y = 1\\}"}) {
      CheckReport r = check("p_1 - " + form);
      assertThat(r.count(StepVerdict.Proved.class) + r.count(StepVerdict.Unknown.class))
          .as(r.render()).isEqualTo(1); // unknown: a proof that ran out of time
    }
  }

  @Test
  void wrongSignBeforeTheIndicatorIsRefutedAtItsLine() {
    CheckReport r = check("p_1 + [y = 1]");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void squareBracketsAfterANameAreNoIndicator() {
    assertThat(IversonBrackets.asIndicators("P[y = k]")).isEqualTo("P[y = k]");
    assertThat(IversonBrackets.asIndicators("[a, b]")).isEqualTo("[a, b]");
  }
}
