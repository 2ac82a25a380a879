package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** {@code phi(x) = …} in plain text defines φ, and Phi is Φ, a function apart from φ. */
class PlainGreekFunctionDefinitionTest extends EngineFixture {

  private CheckReport text(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", body);
  }

  @Test
  void aDensityDerivativeWithTheWrongSignIsRefuted() {
    // phi'(x) = x·phi(x) was "a property of a particular φ": its definition was not read
    CheckReport r = text("phi(x) = exp(-x^2/2) / sqrt(2*pi)\nphi'(x) = x * phi(x)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theRightDensityDerivativeIsNotRefuted() {
    CheckReport r = text("phi(x) = exp(-x^2/2) / sqrt(2*pi)\nphi'(x) = -x * phi(x)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void capitalPhiIsNotTheSameFunctionAsPhi() {
    assertThat(PlainNames.asEngineNames("x*Phi(x) + phi(x)")).isEqualTo("x*capphi(x) + phi(x)");
  }
}
