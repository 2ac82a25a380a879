package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A function the text never defines may be a particular one: a step true for it is never ✗
 * because an invented instance (φ(x) = x² + 1) fails.
 */
class UndefinedFunctionInstanceTest extends EngineFixture {

  private CheckReport text(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", body);
  }

  @Test
  void derivativeOfXTimesACdfIsNotRefutedWithUnrelatedInstances() {
    // D(x*Phi(x), x) = Phi(x) + x*phi(x) holds when phi = Phi′; it was ✗ for φ(x) = x² + 1
    CheckReport r = text("D(x*Phi(x), x) = Phi(x) + x*phi(x)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepRelatingAFunctionToItsOwnDerivativeIsNotRefuted() {
    // GELU″ = (2 − x²)φ: true for the normal density, false for x² + 1
    CheckReport r = text("phi(x) + phi(x) + x * phi'(x) = (2 - x^2) * phi(x)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongProductRuleForEveryFunctionIsStillRefuted() {
    CheckReport r = text("D(x*f(x), x) = f(x) + f'(x)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aWrongChainRuleOfTwoFunctionsIsStillRefuted() {
    CheckReport r = text("D(f(g(x)), x) = f'(x) * g'(x)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aFunctionOnlyInsideItsDerivativesArgumentsIsAnyFunctionSoAWrongChainIsRefuted() {
    // Goodfellow 6.53 with f′(f(w)) written f′(w): f stands for every function here
    CheckReport r = text("x = f(w)\ny = f(x)\n"
        + "f'(y) * f'(x) * f'(w) = f'(f(f(w))) * f'(w) * f'(w)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theRightChainThroughComposedCallsIsNotRefuted() {
    CheckReport r = text("x = f(w)\ny = f(x)\n"
        + "f'(y) * f'(x) * f'(w) = f'(f(f(w))) * f'(f(w)) * f'(w)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
