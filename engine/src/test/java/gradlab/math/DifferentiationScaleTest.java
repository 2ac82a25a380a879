package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The work of differentiation, counted (not timed): a chain of depth n costs O(n) rule
 * applications and gives an O(n)-node result; and the 10th derivative of sin(sin(sin(sin x))),
 * the case that was slow, is right: each order agrees at 40 digits with the central difference
 * of the order before it, starting from sin⁴ itself.
 */
@Timeout(120)
class DifferentiationScaleTest {
  private static final MathContext MC = new MathContext(60);

  private static Expression sigmaChain(int depth) {
    Expression e = new Sym("x");
    for (int i = 0; i < depth; i++) {
      e = Algebra.call(MathFunction.SIGMOID, e);
    }
    return e;
  }

  /** z₁ = w₁x + b₁, zᵢ = wᵢσ(zᵢ₋₁) + bᵢ, C = (w σ(z_depth) − a)²/2, written out (no names). */
  private static Expression nestedChain(int depth) {
    Environment env = Environment.EMPTY.with("z1", Parser.parse("w1*x + b1"));
    for (int i = 2; i <= depth; i++) {
      env = env.with("z" + i, Parser.parse("w" + i + "*sigma(z" + (i - 1) + ") + b" + i));
    }
    env = env.with("C", Parser.parse("(w*sigma(z" + depth + ") - a)^2/2"));
    return env.expand(new Sym("C"));
  }

  @Test
  void sigmaChainOfDepthTwentyCostsLinearWork() {
    int d10 = Differentiation.ruleApplications(sigmaChain(10), "x", Environment.EMPTY);
    int d20 = Differentiation.ruleApplications(sigmaChain(20), "x", Environment.EMPTY);
    int d40 = Differentiation.ruleApplications(sigmaChain(40), "x", Environment.EMPTY);
    assertThat(d40 - d20).isEqualTo(2 * (d20 - d10));
    assertThat(NodeCount.distinct(Differentiation.derivative(sigmaChain(40), "x",
        Environment.EMPTY))).isLessThanOrEqualTo(2 * NodeCount.distinct(
            Differentiation.derivative(sigmaChain(20), "x", Environment.EMPTY)) + 2);
  }

  /** e₀ = x, eᵢ₊₁ = σ(eᵢ)·tanh(eᵢ): each level uses the one below twice (a tree of 2ⁿ nodes). */
  private static Expression sharedChain(int depth) {
    Expression e = new Sym("x");
    for (int i = 0; i < depth; i++) {
      e = Algebra.product(Algebra.call(MathFunction.SIGMOID, e), Algebra.call(MathFunction.TANH,
          e));
    }
    return e;
  }

  @Test
  void sharedSubexpressionsAreDifferentiatedOnceSoDepthTwentyStaysLinear() {
    int[] rules = new int[3];
    int[] nodes = new int[3];
    int[] depths = {10, 20, 40};
    for (int i = 0; i < 3; i++) {
      rules[i] = Differentiation.ruleApplications(sharedChain(depths[i]), "x", Environment.EMPTY);
      nodes[i] = NodeCount.distinct(Differentiation.derivative(sharedChain(depths[i]), "x",
          Environment.EMPTY));
    }
    assertThat(rules[2] - rules[1]).isEqualTo(2 * (rules[1] - rules[0]));
    assertThat(nodes[2]).isLessThanOrEqualTo(2 * nodes[1] + 10);
    // written out, the depth-20 derivative would have more than a million nodes
    assertThat(NodeCount.tree(Differentiation.derivative(sharedChain(20), "x",
        Environment.EMPTY))).isGreaterThan(1_000_000L);
  }

  @Test
  void nestedNetworkOfDepthTwentyCostsLinearWorkForTheFirstBias() {
    int[] depths = {10, 20, 40};
    int[] rules = new int[3];
    int[] nodes = new int[3];
    for (int i = 0; i < 3; i++) {
      Expression c = nestedChain(depths[i]);
      rules[i] = Differentiation.ruleApplications(c, "b1", Environment.EMPTY);
      nodes[i] = NodeCount.distinct(Differentiation.derivative(c, "b1", Environment.EMPTY));
    }
    // doubling the depth at most doubles the work and the result (plus a constant)
    assertThat(rules[2] - rules[1]).isLessThanOrEqualTo(2 * (rules[1] - rules[0]));
    assertThat(rules[1]).isLessThanOrEqualTo(2 * rules[0] + 10);
    assertThat(nodes[2]).isLessThanOrEqualTo(2 * nodes[1] + 10);
    assertThat(nodes[1]).isGreaterThan(nodes[0]);
  }

  @Test
  void tenthDerivativeOfSinFourTimesAgreesWithCentralDifferencesAtFortyDigits() {
    Expression sin4 = Parser.parse("sin(sin(sin(sin(x))))");
    Expression[] d = new Expression[11];
    d[0] = sin4;
    for (int k = 1; k <= 10; k++) {
      d[k] = Differentiation.derivative(d[k - 1], "x", Environment.EMPTY);
    }
    assertThat(NodeCount.distinct(d[10])).isLessThan(2000);
    Random random = new Random(11);
    BigDecimal h = new BigDecimal("1e-15");
    for (int trial = 0; trial < 3; trial++) {
      BigDecimal x = BigDecimal.valueOf(random.nextDouble() * 4 - 2);
      for (int k = 1; k <= 10; k++) {
        BigDecimal exact = at(d[k], x);
        BigDecimal difference = at(d[k - 1], x.add(h)).subtract(at(d[k - 1], x.subtract(h)))
            .divide(h.multiply(BigDecimal.TWO), MC);
        // truncation ≈ h²/6 · f⁽ᵏ⁺²⁾, below 1e-20 for these magnitudes (|f⁽¹²⁾| < 1e10)
        BigDecimal error = exact.subtract(difference).abs()
            .divide(BigDecimal.ONE.max(exact.abs()), MC);
        assertThat(error).as("order %d at x = %s: %s against %s", k, x, exact, difference)
            .isLessThan(new BigDecimal("1e-18"));
      }
      assertThat(Numeric.value(d[10], Map.of("x", x.doubleValue()), Environment.EMPTY))
          .isCloseTo(at(d[10], x).doubleValue(), org.assertj.core.data.Percentage.withPercentage(
              1e-4));
    }
  }

  private static BigDecimal at(Expression e, BigDecimal x) {
    return PreciseNumeric.value(e, Map.of("x", x), Environment.EMPTY, 40);
  }
}
