package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "f(z) = -0.015" at the example's z = w*x + b, with f given no rule that is read: it was taken
 * as the definition of f as a constant, f'(z) became 0, and the true "dL/dw = (-0.015 - 0) *
 * 0.01 * (-1)" of a student's leaky-ReLU notes was refuted (a false ✗). It is the value of f at
 * that z: not checked, and not a definition.
 */
@Timeout(300)
class FunctionValueAtADefinedArgumentTest extends CheckFixture {
  private static final String NOTES = """
      z = w*x + b
      L = (f(z) - y)^2/2
      dL/dw = (f(z) - y) * f'(z) * %s
      w = 2, x = -1, b = 0.5, y = 0
      f(z) = -0.015
      dL/dw = (-0.015 - 0) * 0.01 * (-1)
      """;

  @Test
  void aValueAtTheTextsArgumentIsNotADefinition() {
    CheckReport r = checkText("t.txt", NOTES.formatted("x"));
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.steps()).as(r.render())
        .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
  }

  @Test
  void aWrongGradientBeforeTheValueIsStillRefuted() {
    CheckReport r = checkText("t.txt", NOTES.formatted("b"));
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aConstantFunctionOfItsOwnParameterIsStillADefinition() {
    CheckReport r = checkText("t.txt", "g(t) = 3\ng'(t) = 1\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
