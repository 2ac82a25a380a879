package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "softsign(x) = x/(1 + abs(x))" and "relu6(u) = min(max(u, 0), 6)" in plain text were "not
 * checked: unknown function 'softsign'", and so was every step using them (Glorot's softsign,
 * the hard-swish notes): a word the engine knows by no name defines a function of the text.
 */
@Timeout(300)
class PlainFunctionNamedByAWordTest extends CheckFixture {
  private static final String HSWISH = "hswish(x) = x*relu6(x + 3)/6\n"
      + "relu6(u) = min(max(u, 0), 6)\n";

  @Test
  void aFunctionNamedByAWordIsDefinedAndItsValuesChecked() {
    CheckReport r = checkText("t.txt", HSWISH + "hswish(1) = 1*4/6\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", HSWISH + "hswish(1) = 1*5/6\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void itsDerivativeIsCheckedThroughTheDefinition() {
    String def = "swishb(x) = x*sigmoid(2*x)\n";
    CheckReport r = checkText("t.txt", def
        + "d/dx swishb(x) = sigmoid(2*x) + 2*x*sigmoid(2*x)*(1 - sigmoid(2*x))\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", def
        + "d/dx swishb(x) = sigmoid(2*x) + x*sigmoid(2*x)*(1 - sigmoid(2*x))\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aCatalogueFunctionIsNotTakenOver() {
    CheckReport r = checkText("t.txt", "softplus(x) = log(1 + exp(x))\nsoftplus(0) = 1\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
