package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain-text names with one letter as index (y_s, eta_t) are names of their own, as the LaTeX
 * reader names them; a value computed under an earlier premise is not carried to a new value of
 * its name; a claim at a value of a name the text defines is never refuted at other values; a
 * definition not understood leaves its name not free.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PlainLetterIndexNamesTest extends EngineFixture {
  private static final String SMOOTHED = "p = sigma(z)\ny_s = y*(1 - eps) + eps/2\n"
      + "L = -(y_s*log(p) + (1 - y_s)*log(1 - p))\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aNameWithALetterIndexDefinesItself() {
    // y_s was the engine's pattern y_ with head s: no definition, and "eps is not defined"
    CheckReport right = check(SMOOTHED + "dL/dz = p - y_s\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(SMOOTHED + "dL/dz = y_s - p\n");
    assertThat(FixturePair.lastClaim(wrong).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aValueComputedUnderAnEarlierPremiseIsNotCarriedToANewValue() {
    // dL/dz = -0.45 computed at z = 0 was put in at z = 3, and the true 0.0026 was ✗
    CheckReport r = check("p = sigma(z)\nq = y*(1 - eps) + eps/2\n"
        + "L = -(q*log(p) + (1 - q)*log(1 - p))\ny = 1, eps = 0.1 => q = 0.95\n"
        + "z = 0 => p = 0.5, dL/dz = 0.5 - 0.95 = -0.45\n"
        + "z = 3 => p approx 0.9526, dL/dz approx 0.0026\n");
    assertThat(r.steps().stream().map(StepResult::verdict))
        .as(r.render()).noneMatch(v -> v instanceof StepVerdict.Refuted);
  }

  @Test
  void aClaimAtAValueOfADefinedNameIsNotRefutedAtOtherValues() {
    // "Tcur = epochs since …" defines Tcur; "at Tcur = 0" did not move it, and the true
    // eta = emax was ✗ at random epochs
    CheckReport r = check("eta = emin + 1/2 * (emax - emin) * (1 + cos(pi * Tcur / Tlen))\n"
        + "Tcur = epochs since the last restart\n"
        + "at Tcur = 0: cos(0) = 1 so eta = emax\n");
    assertThat(r.steps().stream().map(StepResult::verdict))
        .as(r.render()).noneMatch(v -> v instanceof StepVerdict.Refuted);
  }

  @Test
  void aDefinitionNotUnderstoodLeavesItsNameNotFree() {
    // with qq free, ∂L/∂w1 = 0 was proved though L depends on w1 through qq
    CheckReport r = check("h = sigma(w1*x)\nqq = w2*h*(h\nL = (qq - y)^2/2\ndL/dw1 = 0\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}
