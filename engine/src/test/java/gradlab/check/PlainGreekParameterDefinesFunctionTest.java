package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Greek parameter in a plain-text head, {@code f(x; θ) = θx²} or {@code g(θ) = θ²}, is read as
 * {@code f(x; \theta)} is in LaTeX: the definition was "not read" and every later step through
 * f was not checked.
 */
@Timeout(60)
class PlainGreekParameterDefinesFunctionTest extends EngineFixture {

  private CheckReport text(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", body);
  }

  @Test
  void aModelWithAGreekParameterIsDefinedAndItsDerivativeProved() {
    CheckReport r = text("Let f(x; θ) = θ x^2.\n\nThen df/dx = 2 θ x.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("function definition").contains("1 proved, 0 refuted");
  }

  @Test
  void aForgottenFactorInTheDerivativeIsRefutedAtItsLine() {
    CheckReport r = text("Let f(x; θ) = θ x^2.\n\nThen df/dx = θ x.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void aFunctionOfAGreekLetterAloneIsDefined() {
    CheckReport r = text("Let g(θ) = θ^2.\n\nThen dg/dθ = θ.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theHeadReadsTheGreekParameterByItsPlainName() {
    FunctionHeads.Head h = FunctionHeads.parsePlain("f(x; θ)", java.util.Set.of());
    assertThat(h).isNotNull();
    assertThat(h.parameters()).containsExactly("x", "theta");
  }
}
