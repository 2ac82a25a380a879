package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Prince's {@code \phi = \{\beta_0, \omega_0\}} and {@code f[x, \phi] = …}: the set was an
 * unread definition, so every step through ℓᵢ = (f[xᵢ, φ] − yᵢ)² was "not checked" and a
 * planted sign never found ({@link ParameterSetArguments}).
 */
@Timeout(120)
class AModelWrittenWithItsParameterSetIsAFunctionTest extends gradlab.symbolic.EngineFixture {
  private static final String MODEL = "Consider a model with parameters "
      + "$\\phi = \\{\\beta_0, \\omega_0\\}$:\n\n$$f[x, \\phi] = \\beta_0 + \\omega_0 \\cdot "
      + "\\sin[x]$$\n\nwith the loss $\\ell_i = (f[x_i, \\phi] - y_i)^2$.\n\n"
      + "$$f_0 = \\beta_0 + \\omega_0 \\cdot \\sin[x_i]$$\n\n$$\\ell_i = (f_0 - y_i)^2$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aDroppedFactorInTheGradientThroughTheModelIsRefutedAtItsLine() {
    CheckReport r = check(MODEL + "$$\\frac{\\partial \\ell_i}{\\partial \\omega_0} = "
        + "2(f_0 - y_i)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(11);
  }

  @Test
  void theTrueRestatementAndGradientAreProved() {
    CheckReport r = check(MODEL + "$$\\frac{\\partial \\ell_i}{\\partial \\omega_0} = "
        + "2(f_0 - y_i) \\sin[x_i]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void squareBracketsWithoutAParameterSetAreLeftAsWritten() {
    String signal = "$$y[n] = \\sum_k x[k] h[n - k]$$ and $$E[x] = \\mu$$ and "
        + "$$Q_{n+1} = Q_n + \\frac{1}{n}[R_n - Q_n]$$";
    assertThat(ParameterSetArguments.rewrite(signal)).isEqualTo(signal);
    String set = "$\\theta = \\{a, b\\}$, $$g[x] = a x + b$$ and $$E[x, \\theta] = 0$$";
    assertThat(ParameterSetArguments.rewrite(set)).isEqualTo(set);
  }
}
