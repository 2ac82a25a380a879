package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A problem set reuses letters: problem 1 says "$T = 2$", problem 2 defines "$g(T) = T^3$" and
 * claims "$g'(T) = 12$". It was ✓ "at the values the text gave before: T = 2 (line 3)", though
 * g′(T) = 3T² and the new function takes T as its variable (user35). A name a function defined
 * later takes as its parameter is not read at the earlier value: the claim is not checked; the
 * true derivative is still proved, and a derivative false also at T = 2 is still ✗.
 */
@Timeout(120)
class ParameterOfALaterFunctionNotAtAnEarlierValueTest extends CheckFixture {
  private static StepVerdict verdictOf(String claim) {
    CheckReport r = checkMarkdown("ps.md", "**Problem 1.** Softmax with a temperature $T$.\n\n"
        + "With $z_1 = 1$, $z_2 = 2$ and $T = 2$: $s_1 = \\frac{1}{1 + e^{0.5}}$.\n\n"
        + "**Problem 2.** A new loss in the temperature: $g(T) = T^3$.\n\nIts derivative is $"
        + claim + "$.\n");
    return claimOnLine(r, 7).verdict();
  }

  @Test
  void aClaimTrueOnlyAtTheEarlierValueIsNotProved() {
    assertThat(verdictOf("g'(T) = 12")).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void theTrueDerivativeIsProvedAndOneFalseEverywhereIsRefuted() {
    assertThat(verdictOf("g'(T) = 3T^2")).isInstanceOf(StepVerdict.Proved.class);
    assertThat(verdictOf("g'(T) = 3T^2 + 1")).isInstanceOf(StepVerdict.Refuted.class);
  }
}
