package gradlab.audit;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.math.MathFunction;
import gradlab.symbolic.Definitions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@Timeout(120)
class GradientAuditTest extends gradlab.symbolic.EngineFixture {
  @Test
  void seedNetworkAgreesThreeWays() {
    Definitions d = Definitions.parse(engine, "z1 = w1*x + b1", "z2 = w2*sigma(z1) + b2",
        "z3 = w3*sigma(z2) + b3", "f = w4*sigma(z3)", "C = (f - a)^2/2");
    AuditReport r = new GradientAudit(engine).audit(d, "C",
        List.of("w1", "b1", "w2", "b2", "w3", "b3", "w4"), 20, 1);
    assertThat(r.rows()).hasSize(7);
    assertThat(r.agrees()).as(r.table()).isTrue();
    assertThat(r.rows().get(1).finiteDifferenceError()).isLessThan(1e-6);
  }

  @Test
  void reluAndTanhNetworkAgreesThreeWays() {
    Definitions d = Definitions.parse(engine, "h = relu(w1*x + b1)", "y = tanh(w2*h) + softplus(b2*x)",
        "L = (y - t)^2");
    assertThat(new GradientAudit(engine).audit(d, "L", List.of(), 15, 2).agrees()).isTrue();
  }

  @Test
  void geluEluAndLeakyReluNetworkAgreesThreeWaysIncludingTheSlope() {
    Definitions d = Definitions.parse(engine, "h = gelu(w1*x + b1)", "g = elu(w2*h + b2)",
        "y = leakyrelu(w3*g, s)", "L = (y - t)^2/2");
    AuditReport r = new GradientAudit(engine).audit(d, "L", List.of("w1", "b1", "w2", "b2",
        "w3", "s"), 15, 3);
    assertThat(r.rows()).hasSize(6);
    assertThat(r.agrees()).as(r.table()).isTrue();
  }

  /** Every activation of the catalogue in a two-layer loss (engine syntax, by input name). */
  @ParameterizedTest
  @EnumSource(MathFunction.class)
  void everyCatalogueActivationIsAuditedThreeWays(MathFunction f) {
    org.junit.jupiter.api.Assumptions.assumeTrue(f.isActivation());
    String name = f.inputName();
    Definitions d = Definitions.parse(engine, "h = " + name + "(w1*x + b1)",
        "L = (w2*" + name + "(h) + b2 - y)^2/2");
    AuditReport r = new GradientAudit(engine).audit(d, "L", List.of("w1", "b1", "w2", "b2"),
        12, 5);
    assertThat(r.rows()).hasSize(4);
    assertThat(r.agrees()).as(r.table()).isTrue();
  }

  @Test
  void definitionsTheLossDoesNotUseAreLeftOut() {
    Definitions d = Definitions.parse(engine, "eqs = {n*V == 1, m*V == 1}", "z = w*x",
        "C = (z - y)^2");
    AuditReport r = new GradientAudit(engine).audit(d, "C", List.of(), 4, 1);
    assertThat(r.rows()).extracting(AuditRow::parameter).containsExactly("w", "x", "y");
    assertThat(r.agrees()).as(r.table()).isTrue();
  }

  @Test
  void disagreementNamesParameterAndPoint() {
    AuditReport r = new AuditReport("C", List.of(new AuditRow("w1", 1.0, 1.0, 1.5, 0, 0.5,
        Map.of("w1", 0.3), false)), 1, 1, 1e-9, 1e-5);
    assertThat(r.agrees()).isFalse();
    assertThat(r.table()).contains("DISAGREE").contains("∂C/∂w1 at {w1=0.3}");
  }

  @Test
  void unknownParameterIsRefusedWithTheVariables() {
    Definitions d = Definitions.parse(engine, "C = (w*x - a)^2");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new GradientAudit(engine)
        .audit(d, "C", List.of("q"), 3, 1)).hasMessageContaining("[a, w, x]");
  }
}
