package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A plain-text line's derivative is shown as the line wrote it, d/dz tanh(z), not as the
 * reader's diff(tanh(z), z) (user22: the report and the folder's first wrong step).
 */
class TypedDerivativesTest extends EngineFixture {
  @Test
  void readerMadeDiffIsShownInDxForm() {
    assertThat(TypedDerivatives.shown("diff(tanh(z), z)")).isEqualTo("d/dz tanh(z)");
    assertThat(TypedDerivatives.shown("2*diff(x^2 + 1, x) - diff(f(a)*g(a), a)"))
        .isEqualTo("2*d/dx (x^2 + 1) - d/da (f(a)*g(a))");
    assertThat(TypedDerivatives.shown("mydiff(x, y) + diff(x)")).isEqualTo(
        "mydiff(x, y) + diff(x)");
  }

  @Test
  void aStepsDerivativeIsShownAsTypedAndATypedDiffIsKept() {
    DocumentChecker checker = new DocumentChecker(engine, Duration.ofSeconds(30));
    CheckReport r = checker.checkText("t", "d/dz tanh(z) = 1 - tanh(z)^2\n"
        + "tanh'(z) = 1 + tanh(z)^2\ndiff(sigma(x), x) = sigma(x)*(1 - sigma(x))\n");
    assertThat(r.steps()).as(r.render()).hasSize(3);
    assertThat(r.steps().get(0).lhs()).isEqualTo("d/dz tanh(z)");
    assertThat(r.steps().get(0).verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.steps().get(1).lhs()).isEqualTo("d/dz tanh(z)");
    assertThat(r.steps().get(1).verdict()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(r.steps().get(2).lhs()).isEqualTo("diff(sigma(x), x)");
    assertThat(r.render()).contains("first wrong step: line 2: d/dz tanh(z) = 1 + tanh(z)^2");
  }
}
