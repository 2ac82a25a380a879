package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentityProverTest extends EngineFixture {

  @Test
  void provesTanhAsShiftedSigmoidWhereZeroTestsFail() {
    IdentityVerdict v = prove("tanh(x)", "2*sigma(2*x) - 1");
    assertThat(v).isInstanceOf(IdentityVerdict.Proved.class);
    assertThat(((IdentityVerdict.Proved) v).strategy()).contains("exp");
  }

  @Test
  void refutesWrongIdentityWithACounterexampleThatReallyDiffers() {
    IdentityVerdict v = prove("tanh(x)", "2*sigma(x) - 1");
    assertThat(v).isInstanceOf(IdentityVerdict.Refuted.class);
    IdentityVerdict.Refuted r = (IdentityVerdict.Refuted) v;
    double x = r.point().get("x");
    assertThat(r.lhs()).isEqualTo(Math.tanh(x), org.assertj.core.data.Offset.offset(1e-12));
    assertThat(Math.abs(r.lhs() - r.rhs())).isGreaterThan(1e-3);
  }

  @Test
  void provesTheSeedWidthFormulaByRadicalElimination() {
    IdentityVerdict v = new IdentityProver(engine, 20, 3).prove(
        eval("(2/W)*Log((W+Sqrt(W^2-4*W))/(W-Sqrt(W^2-4*W)))"),
        eval("(2/W)*Log(W*(1+Sqrt(1-4/W))/2-1)"), Domain.reals().with("W", 4, 40));
    assertThat(v).isInstanceOf(IdentityVerdict.Proved.class);
    assertThat(((IdentityVerdict.Proved) v).strategy()).contains("radical elimination");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      D(sigma(x), x)          | sigma(x)*(1-sigma(x))
      D(softplus(x), x)       | 1/(1+Exp(-x))
      sigma(-x)               | 1 - sigma(x)
      D(tanh(x), x)           | 4*sigma(2*x)*(1-sigma(2*x))
      Log(sigma(x))           | -softplus(-x)
      """)
  void neverRefutesTrueActivationIdentities(String lhs, String rhs) {
    assertThat(prove(lhs, rhs)).isNotInstanceOf(IdentityVerdict.Refuted.class);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      D(sigma(x), x)          | sigma(x)*(1+sigma(x))
      sigma(-x)               | sigma(x) - 1
      D(tanh(x), x)           | 1 + tanh(x)^2
      x^2                     | x^2 + 1e-6
      """)
  void refutesBrokenVariants(String lhs, String rhs) {
    assertThat(prove(lhs, rhs)).isInstanceOf(IdentityVerdict.Refuted.class);
  }
}
