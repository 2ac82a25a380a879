package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Bishop writes a function's argument in sized escaped braces, {@code \ln \left\{ … \right\}}:
 * after the operator {@code \frac{d}{d\mu}} the operand stopped at {@code \right}, as if the
 * escaped brace were not a bracket, and the step was "cannot read: unexpected ' '" (held21's beta
 * posterior, whose planted sign slip in the derivative of the log posterior was not located).
 */
@Timeout(300)
class SizedBraceAfterAFunctionTest extends CheckFixture {
  private static final String LOG_POSTERIOR = "$$\\frac{\\mathrm{d}}{\\mathrm{d}\\mu} \\ln "
      + "\\left\\{ \\mu^{8} (1 - \\mu)^{4} \\right\\} = \\frac{8}{\\mu} SIGN \\frac{4}{1 - \\mu}$$\n";
  private static final String GAUSSIAN = "$$\\exp\\left\\{ -\\frac{1}{2} \\cdot 2^2 \\right\\} "
      + "= VALUE$$\n";

  @Test
  void theDerivativeOfALogInSizedBracesIsProved() {
    CheckReport r = checkMarkdown("t.md", LOG_POSTERIOR.replace("SIGN", "-"));
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aSignSlipInTheDerivativeOfALogInSizedBracesIsRefuted() {
    CheckReport r = checkMarkdown("t.md", LOG_POSTERIOR.replace("SIGN", "+"));
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void anExponentialInSizedBracesIsReadAndAWrongValueRefuted() {
    CheckReport r = checkMarkdown("t.md", GAUSSIAN.replace("VALUE", "e^{-2}"));
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkMarkdown("t.md", GAUSSIAN.replace("VALUE", "e^{-4}"));
    assertThat(claimOnLine(wrong, 1).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
