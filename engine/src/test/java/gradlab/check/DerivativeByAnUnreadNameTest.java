package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DPO's gradient (held-out set 28): u is defined through the implicit reward r̂_θ, which the
 * reader does not take, and the derivative d/du of −log σ(u) was not checked, its planted error
 * missed. A derivative with respect to the unread name itself is checked with the name as the
 * variable; a derivative by another variable, which may act through it, is still not checked.
 */
@Timeout(120)
class DerivativeByAnUnreadNameTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "With the implicit reward "
      + "$\\hat{r}_\\theta(x, y) = \\beta \\log \\frac{\\pi_\\theta(y | x)}{\\pi_{\\text{ref}}(y | x)}$"
      + " and $u = \\hat{r}_\\theta(x, y_w) - \\hat{r}_\\theta(x, y_l)$,\n\n"
      + "$$%s$$\n";

  private static CheckReport check(String step) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("dpo.md",
        TEXT.formatted(step));
  }

  @Test
  void aDerivativeByTheUnreadNameIsProved() {
    CheckReport r = check("\\frac{d}{du} \\left( -\\log \\sigma(u) \\right) = -(1 - \\sigma(u))");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongDerivativeByTheUnreadNameIsRefutedAtItsLine() {
    CheckReport r = check("\\frac{d}{du} \\left( -\\log \\sigma(u) \\right) = "
        + "-\\frac{1 - \\sigma(u)}{\\sigma(u)}");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void aDerivativeByAnotherVariableThroughTheUnreadNameIsNotChecked() {
    CheckReport r = check("\\frac{d}{dx} \\left( u x \\right) = u");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }
}
