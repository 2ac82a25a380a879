package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ActivationCalculusTest extends EngineFixture {

  @Test
  void derivativeOfSigmaStaysNamed() {
    assertThat(eval("diff(sigma(w*x+b), b)").unicode()).isEqualTo("σ′(b + w·x)");
  }

  @Test
  void namedFirstDerivativeOfSigmaIsSigmaTimesOneMinusSigma() {
    assertThat(eval("named(D(sigma(z), z))").input()).isEqualTo("(1-sigma(z))*sigma(z)");
  }

  @Test
  void namedSecondDerivativeOfSigmaEqualsTextbookPolynomial() {
    Expr second = eval("named(D(sigma(z), {z, 2}))");
    assertThat(second.input()).doesNotContain("E^");
    assertThat(new IdentityProver(engine, 20, 1).prove(second,
        eval("sigma(z)*(1-sigma(z))*(1-2*sigma(z))"), Domain.reals()))
        .isInstanceOf(IdentityVerdict.Proved.class);
  }

  @Test
  void thirdDerivativeOfSigmaMatchesFiniteDifferencesOfSecond() {
    Expr third = eval("named(D(sigma(z), {z, 3}))");
    Expr second = eval("named(D(sigma(z), {z, 2}))");
    double h = 1e-5;
    double fd = (engine.numeric(second, Map.of("z", 0.7 + h))
        - engine.numeric(second, Map.of("z", 0.7 - h))) / (2 * h);
    assertThat(engine.numeric(third, Map.of("z", 0.7))).isCloseTo(fd,
        org.assertj.core.data.Offset.offset(1e-8));
  }

  @Test
  void softplusDerivativeIsSigma() {
    assertThat(eval("named(D(softplus(z), z))").input()).isEqualTo("sigma(z)");
  }

  @Test
  void reluDerivativeIsHeavisideStep() {
    assertThat(eval("named(D(relu(z), z))").unicode()).isEqualTo("H(z)");
  }

  @Test
  void tanhDerivativeIsOneMinusTanhSquared() {
    assertThat(eval("diff(tanh(z), z)").unicode()).isEqualTo("1 − tanh(z)²");
  }

  @Test
  void expFormAndBackRecoversSigma() {
    Expr exp = eval("expform(sigma(w*x))");
    assertThat(exp.input()).contains("E^").doesNotContain("sigma");
    assertThat(eval("textbook(" + exp.input() + ")").input()).isEqualTo("sigma(w*x)");
  }

  @Test
  void logitInvertsSigma() {
    assertThat(eval("logit(sigma(z))").input()).isEqualTo("z");
    assertThat(eval("sigma(logit(s))").input()).isEqualTo("s");
  }

  @Test
  void seriesOfSigmaHasTextbookCoefficients() {
    assertThat(eval("series(sigma(z), z, 0, 3)").input()).isEqualTo("1/2+z/4-z^3/48+O(z^4)");
  }

  @Test
  void activationsEvaluateOnNumbers() {
    assertThat(eval("sigma(0)").input()).isEqualTo("1/2");
    assertThat(engine.numeric(eval("relu(x)"), Map.of("x", -2.0))).isEqualTo(0.0);
    assertThat(engine.numeric(eval("softplus(x)"), Map.of("x", 0.0))).isCloseTo(Math.log(2),
        org.assertj.core.data.Offset.offset(1e-15));
  }
}
