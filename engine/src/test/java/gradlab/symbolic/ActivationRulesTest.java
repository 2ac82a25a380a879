package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every activation's named derivative rule against central differences of the activation. */
class ActivationRulesTest extends EngineFixture {

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", textBlock = """
      sigma(x)            => 0.7
      Tanh(x)             => -0.4
      softplus(x)         => 1.3
      relu(x)             => 0.9
      relu(x)             => -0.9
      elu(x)              => -0.8
      elu(x)              => 0.8
      gelu(x)             => 0.6
      leakyrelu(x, 1/10)  => -1.5
      leakyrelu(x, 1/10)  => 1.5
      """)
  void namedFirstDerivativeMatchesCentralDifferences(String f, double x) {
    Expr fx = eval(f);
    Expr derivative = engine.named(engine.diff(fx, "x"));
    double h = 1e-6;
    double fd = (engine.numeric(fx, Map.of("x", x + h)) - engine.numeric(fx, Map.of("x", x - h)))
        / (2 * h);
    assertThat(engine.numeric(derivative, Map.of("x", x))).as(derivative.unicode())
        .isCloseTo(fd, Offset.offset(1e-7));
  }

  @ParameterizedTest
  @EnumSource(value = Activation.class, names = {"SIGMOID", "TANH", "SOFTPLUS", "ELU"})
  void inverseUndoesTheActivation(Activation a) {
    Expr inverse = eval("Function(" + a.inverse().orElseThrow() + ")[" + a.symja() + "(x)]");
    for (double x : new double[] {-1.2, 0.3, 2.1}) {
      assertThat(engine.numeric(inverse, Map.of("x", x))).isCloseTo(x, Offset.offset(1e-12));
    }
  }
}
