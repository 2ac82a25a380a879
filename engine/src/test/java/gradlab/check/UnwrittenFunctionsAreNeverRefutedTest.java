package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A claim about a function the text never writes out may be about a particular f the writer has
 * in mind: {@code $f'(x) = 2x$} with f never defined is not refuted with a sample function (such
 * as x² + 1); nor is the chain rule {@code \frac{d}{dx} f(g(x)) = f'(g(x)) g'(x)}; nor a claim
 * about g′ after the GELU written with ≈ (an approximate definition, never g taken as unknown).
 * Probes of the twenty-second round (trust22), found right (none refuted); kept so they stay so.
 * The wrong side: with f written out, f(x) = x², {@code $f'(x) = 3x$} is ✗.
 */
@Timeout(300)
class UnwrittenFunctionsAreNeverRefutedTest extends CheckFixture {

  @Test
  void aDerivativeOfAnUnwrittenFunctionIsNotRefuted() {
    CheckReport r = checkMarkdown("t.md", "# t\n\n$$f'(x) = 2x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theChainRuleForUnwrittenFunctionsIsNotRefuted() {
    CheckReport r = checkMarkdown("t.md",
        "# t\n\n$$\\frac{d}{dx} f(g(x)) = f'(g(x)) g'(x)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aClaimAboutAFunctionDefinedWithApproximatelyIsNotRefuted() {
    CheckReport r = checkMarkdown("t.md", "# t\n\n$$g(x) \\approx 0.5x(1 + \\tanh(\\sqrt{2/\\pi}"
        + "(x + 0.044715x^3)))$$\n\n$$g'(0) = 0.5$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongDerivativeOfAWrittenFunctionIsRefuted() {
    CheckReport r = checkMarkdown("t.md", "# t\n\nLet $f(x) = x^2$.\n\n$$f'(x) = 3x$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
