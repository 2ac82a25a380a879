package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** D(L, z) = … after L is defined is a derivative claim, never a definition of a function D. */
class OperatorHeadOfDefinedQuantityTest extends EngineFixture {

  private CheckReport text(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", typed);
  }

  @Test
  void wrongDerivativeOfADefinedLossWrittenAsDIsRefuted() {
    // was "[function definition]" and 0 proved, 0 refuted, 0 unknown, 0 not checked, exit 0
    CheckReport r = text("let L = -(y*log(sigma(z)) + (1-y)*log(1-sigma(z)))\n"
        + "D(L, z) = sigma(z) + y\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void rightDerivativeOfADefinedLossWrittenAsDIsNotRefuted() {
    CheckReport r = text("let L = -(y*log(sigma(z)) + (1-y)*log(1-sigma(z)))\n"
        + "D(L, z) = sigma(z) - y\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).anyMatch(StepResult::isClaim);
  }

  @Test
  void aFunctionNamedDOfAFreeArgumentIsStillADefinition() {
    CheckReport r = text("D(x) = sigma(3*x)\n");
    assertThat(r.steps()).as(r.render()).noneMatch(StepResult::isClaim);
  }

  @Test
  void reportWithOnlyDefinitionsSaysNoClaimWasChecked() {
    CheckReport r = text("let L = x^2\nf(t) = t + 1\n");
    assertThat(r.render()).contains("no claim checked");
  }

  @Test
  void reportWithAClaimHasNoSuchNote() {
    CheckReport r = text("let L = x^2\nD(L, x) = 2*x\n");
    assertThat(r.render()).doesNotContain("no claim checked");
  }
}
