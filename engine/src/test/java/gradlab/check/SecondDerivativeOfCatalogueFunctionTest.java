package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** tanh''(x) and σ''(x) in plain text are second derivatives (they had no numeric value). */
class SecondDerivativeOfCatalogueFunctionTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void aFunctionPrimedTwiceIsItsSecondDerivative() {
    CheckReport r = text("tanh''(x) = -2*tanh(x)*(1 - tanh(x)^2)\n"
        + "σ''(x) = σ(x)*(1 - σ(x))*(1 - 2*σ(x))\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongSecondDerivativeIsRefuted() {
    CheckReport r = text("tanh''(x) = 2*tanh(x)*(1 - tanh(x)^2)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
