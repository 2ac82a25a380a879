package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "L(w) = -(y*log(p) + (1-y)*log(1-p)), p = sigma(w*x)": L's body does not use w; it depends on
 * w through p, defined after it. Read as written, ∂L/∂w was 0 and the true "dL/dw = (p - y)*x"
 * of a student's Newton-step notes was refuted (a false ✗). Such a function is not read; with p
 * defined first, L is read through p and a wrong gradient is still refuted.
 */
@Timeout(300)
class FunctionFreeOfItsParameterTest extends CheckFixture {

  @Test
  void aBodyThatDependsOnTheParameterOnlyThroughALaterNameIsNotRefuted() {
    CheckReport r = checkText("t.txt",
        "L(w) = -(y*log(p) + (1-y)*log(1-p)), p = sigma(w*x)\ndL/dw = (p - y)*x\n");
    assertThat(r.steps()).as(r.render())
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
  }

  @Test
  void withTheNameDefinedFirstAWrongGradientIsRefuted() {
    String text = "p = sigma(w*x)\nL(w) = -(y*log(p) + (1-y)*log(1-p))\ndL/dw = %s\n";
    CheckReport r = checkText("t.txt", text.formatted("(p - y)*x"));
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", text.formatted("(p - y)"));
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
