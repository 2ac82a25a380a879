package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student copies primes as typeset notes write them, {@code f^{\prime}(x)} and
 * {@code f^{\prime\prime}(x)}: every such step was "not checked: cannot read: \prime", so a wrong
 * second derivative was never found (user42). {@link PrimeCommands} writes them as f'(x), f''(x).
 */
@Timeout(120)
class PrimesTypedAsCommandsTest extends CheckFixture {
  private static StepResult step(String claim) {
    CheckReport r = checkMarkdown("primes.md", "Let $f(x) = \\sqrt{x^2 + 1}$.\n\n$$" + claim
        + "$$\n");
    return claimOnLine(r, 3);
  }

  @Test
  void aFirstDerivativeWithAPrimeCommandIsProved() {
    assertThat(step("f^{\\prime}(x) = \\frac{x}{\\sqrt{x^2 + 1}}").verdict())
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(step("f^\\prime(0) = 0").verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongSecondDerivativeWithTwoPrimeCommandsIsRefutedAtItsLine() {
    assertThat(step("f^{\\prime\\prime}(x) = \\frac{1}{(x^2 + 1)^{3/2}}").verdict())
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(step("f^{\\prime \\prime}(x) = \\frac{x}{(x^2 + 1)^{3/2}}").verdict())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void onlyASuperscriptOfPrimesAfterALetterIsRewritten() {
    assertThat(PrimeCommands.asApostrophes("\\sigma^{\\prime}(z) + g^\\prime(x)"))
        .isEqualTo("\\sigma'(z) + g'(x)");
    for (String s : new String[] {"x^{\\prime 2}", "(fg)^{\\prime}", "x^{\\primed}", "x^2"}) {
      assertThat(PrimeCommands.asApostrophes(s)).isEqualTo(s);
    }
  }
}
