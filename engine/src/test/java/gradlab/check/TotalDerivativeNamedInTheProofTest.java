package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A ✓ on ∂C/∂b1, where b1 reaches C only through z2 and z1, says the derivative was taken
 * through the definitions; it said "reading ∂ of a direct argument as the local partial"
 * (user29, in the console's :check).
 */
class TotalDerivativeNamedInTheProofTest extends CheckFixture {
  private static final String NET = "z1 = w1*x + b1\nz2 = w2*sigma(z1) + b2\n"
      + "C = (sigma(z2) - y)^2/2\n";

  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void aDerivativeThroughTheDefinitionsSaysSo() {
    CheckReport r = text(NET + "dC/db1 = (sigma(z2) - y)*sigma'(z2)*w2*sigma'(z1)\n");
    StepVerdict v = claimOnLine(r, 4).verdict();
    assertThat(v).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(v.evidence()).contains("total derivative through the text's definitions")
        .doesNotContain("direct argument");
  }

  @Test
  void aDirectArgumentIsStillTheLocalPartial() {
    CheckReport r = text(NET + "dz1/db1 = 1\n");
    assertThat(claimOnLine(r, 4).verdict().evidence()).as(r.render())
        .contains("direct argument as the local partial");
  }

  @Test
  void aWrongFactorIsStillRefuted() {
    CheckReport r = text(NET + "dC/db1 = (sigma(z2) - y)*sigma'(z2)*w1*sigma'(z1)\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
