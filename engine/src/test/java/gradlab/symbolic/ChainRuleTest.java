package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class ChainRuleTest extends EngineFixture {

  private static Definitions seedNetwork() {
    return Definitions.parse(engine, "z1 = w1*x + b1", "z2 = w2*sigma(z1) + b2",
        "z3 = w3*sigma(z2) + b3", "f = w4*sigma(z3)", "C = (f - a)^2/2");
  }

  @Test
  void derivativeOfCostByFirstBiasIsTheChainProductInOrder() {
    ChainRuleResult r = new ChainRule(engine, seedNetwork()).derivative("C", "b1");
    assertThat(r.unicode()).isEqualTo("(f − a)·w₄·σ′(z₃)·w₃·σ′(z₂)·w₂·σ′(z₁)");
    assertThat(r.value().input()).doesNotContain("E^");
  }

  @Test
  void gradientAgreesWithCentralDifferencesOfTheInlinedCost() {
    Definitions net = seedNetwork();
    ChainRule rule = new ChainRule(engine, net);
    Expr cost = net.inline(engine, eval("C"));
    Random random = new Random(42);
    Map<String, Double> point = new LinkedHashMap<>();
    for (String p : List.of("x", "a", "w1", "b1", "w2", "b2", "w3", "b3", "w4")) {
      point.put(p, random.nextDouble() * 4 - 2);
    }
    Map<String, Double> values = net.evaluate(engine, point);
    for (String p : List.of("w1", "b1", "w2", "b2", "w3", "b3", "w4")) {
      double symbolic = engine.numeric(rule.derivative("C", p).value(), values);
      double h = 1e-5;
      Map<String, Double> up = new LinkedHashMap<>(point);
      Map<String, Double> down = new LinkedHashMap<>(point);
      up.put(p, point.get(p) + h);
      down.put(p, point.get(p) - h);
      double fd = (engine.numeric(cost, up) - engine.numeric(cost, down)) / (2 * h);
      assertThat(symbolic).as(p).isCloseTo(fd, Offset.offset(1e-7 * (1 + Math.abs(fd))));
    }
  }

  @Test
  void backpropRecursionReferencesTheLayerAbove() {
    List<BackpropStep> steps = new ChainRule(engine, seedNetwork()).backprop("C");
    assertThat(steps).extracting(BackpropStep::toString).containsExactly(
        "δ₃ = (f − a)·w₄·σ′(z₃)", "δ₂ = δ₃·w₃·σ′(z₂)", "δ₁ = δ₂·w₂·σ′(z₁)");
  }

  @Test
  @Timeout(60)
  void depthTwentyGradientStaysCompact() {
    List<String> eqs = new ArrayList<>();
    eqs.add("z1 = w1*x + b1");
    for (int i = 2; i <= 20; i++) {
      eqs.add("z" + i + " = w" + i + "*sigma(z" + (i - 1) + ") + b" + i);
    }
    eqs.add("f = w21*sigma(z20)");
    eqs.add("C = (f - a)^2/2");
    ChainRuleResult r = new ChainRule(engine, Definitions.parse(engine,
        eqs.toArray(String[]::new))).derivative("C", "b1");
    assertThat(r.paths()).hasSize(1);
    assertThat(r.paths().get(0)).hasSize(22);
    assertThat(r.unicode()).startsWith("(f − a)·w₂₁·σ′(z₂₀)·w₂₀·σ′(z₁₉)")
        .endsWith("w₂·σ′(z₁)").hasSizeLessThan(300);
  }

  @Test
  void definitionsUsingLaterNamesAreRejectedWithHint() {
    assertThatThrownBy(() -> Definitions.parse(engine, "a = b + 1", "b = x"))
        .hasMessageContaining("defined at or after it");
  }

  @Test
  void sharedNodeSumsOverPaths() {
    Definitions d = Definitions.parse(engine, "u = w*x", "v = u^2 + u");
    ChainRuleResult r = new ChainRule(engine, d).derivative("v", "w");
    assertThat(r.paths()).hasSize(1);
    assertThat(engine.numeric(r.value(), Map.of("u", 3.0, "x", 2.0))).isEqualTo(14.0);
  }

  @Test
  void reverseModeGradientEqualsPathProducts() {
    Definitions net = seedNetwork();
    ChainRule rule = new ChainRule(engine, net);
    List<String> params = List.of("w1", "b1", "w2", "b2", "w3", "b3", "w4");
    ReverseGradient reverse = rule.reverseMode("C", params);
    Map<String, Double> point = new LinkedHashMap<>(Map.of("x", 0.3, "a", -0.4, "w1", 1.1,
        "b1", -0.2, "w2", 0.7, "b2", 0.5, "w3", -1.3, "b3", 0.1, "w4", 0.9));
    Map<String, Double> values = reverse.definitions().evaluate(engine, point);
    for (String p : params) {
      assertThat(engine.numeric(reverse.gradient().get(p), values)).as(p).isCloseTo(
          engine.numeric(rule.derivative("C", p).value(), values), Offset.offset(1e-14));
    }
    assertThat(reverse.gradient().get("b1").unicode()).isEqualTo("δz₁");
  }
}
