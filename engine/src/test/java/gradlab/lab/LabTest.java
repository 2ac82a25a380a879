package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.IdentityVerdict;
import gradlab.symbolic.SymbolicEngine;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The facade gives what the symbolic layer below it gives on the same inputs. */
@Timeout(120)
class LabTest {
  static SymbolicEngine below;

  @BeforeAll
  static void start() {
    below = SymbolicEngine.create(EngineConfig.defaults());
  }

  @AfterAll
  static void stop() {
    below.close();
  }

  @Test
  void diffAgreesWithTheEngine() {
    assertThat(Lab.diff("sigma(w*x+b)", "b")).isEqualTo(below.diff(below.eval("sigma(w*x+b)"),
        "b"));
  }

  @Test
  void numAgreesWithTheEngine() {
    assertThat(Lab.num("w*sigma(z)", "w", 2.0, "z", 0.5)).isEqualTo(
        below.numeric(below.eval("w*sigma(z)"), Map.of("w", 2.0, "z", 0.5)));
  }

  @Test
  void maximizeAgreesWithTheEngine() {
    assertThat(Lab.maximize("D(sigma(z), z)", "z").value()).isEqualTo(
        below.maximize(below.eval("D(sigma(z), z)"), "z", false).value());
  }

  @Test
  void proveUsesTheSessionProver() {
    assertThat(Lab.prove("tanh(x)", "2*sigma(2*x)-1")).isInstanceOf(IdentityVerdict.Proved.class);
  }

  @Test
  void functionOfOneVariableEvaluatesLikeNum() {
    assertThat(Lab.fn("x^2*sigma(x)", "x").applyAsDouble(1.5))
        .isEqualTo(Lab.num("x^2*sigma(x)", "x", 1.5));
  }
}
