package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A new user's L2 notes: "so with eta = 0.1 and lambda = 0.01 the weights shrink by a factor
 * 0.999 each step" defined λ as 0.01·the·weights·shrink…, and "grad J = grad L + lambda * w"
 * defined J (the word grad was dropped as prose). The sentence after the number is not part of
 * the value; grad is not prose.
 */
@Timeout(300)
class ProseAfterADefinitionTest extends CheckFixture {

  @Test
  void aSentenceAfterAValueIsNotPartOfIt() {
    String line = "so with eta = 0.1 and lambda = 0.01 the weights shrink by a factor 0.999 "
        + "each step\n\n";
    CheckReport r = checkText("t.txt", line + "1 - eta*lambda = 0.999\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", line + "1 - eta*lambda = 0.998\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theGradientOfANameDefinesNothing() {
    CheckReport r = checkText("t.txt", "grad J = grad L + lambda * w\n\nJ = 3\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 1 && !s.isClaim());
  }

  @Test
  void namesAndFunctionsAfterANumberAreStillTheFormula() {
    // sin and x are no sentence: 2 sin x cos x is read as before
    CheckReport r = checkText("t.txt", "let y = 2\n\ny^2 = 4 sin x cos x + 4 - 4 sin x cos x\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aTitleNamingAFunctionIsNoStep() {
    CheckReport r = checkText("t.txt", "tanh derivative (typed on my phone)\n\n"
        + "d/dx tanh(x) = 1 - tanh(x)^2\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 1);
    assertThat(claimOnLine(r, 3).verdict()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "tanh derivative\n\nd/dx tanh(x) = 1 + tanh(x)^2\n");
    assertThat(claimOnLine(r, 3).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
