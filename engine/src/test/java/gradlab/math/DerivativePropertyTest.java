package gradlab.math;

import static gradlab.math.Algebra.call;
import static gradlab.math.Algebra.power;
import static gradlab.math.Algebra.product;
import static gradlab.math.Algebra.sum;

import gradlab.audit.ProgramGraph;
import gradlab.autodiff.Gradients;
import gradlab.autodiff.Node;
import gradlab.symbolic.CompiledFunction;
import gradlab.symbolic.Compiler;
import gradlab.symbolic.Program;
import gradlab.tensor.DType;
import gradlab.tensor.Tensor;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.BeforeProperty;

/**
 * Differential test of native differentiation: random expression trees over every function of
 * the catalogue, with two definitions (u in x, y; v in x, y, u) and nesting up to depth 6. For
 * each case ∂e/∂x and ∂²e/∂x∂y (a derivative of a derivative, through the names), evaluated at
 * 25 digits, must agree with four independent evaluations, each to 1e-6 relative with an
 * absolute floor of 1e-6 (|a − b| ≤ 1e-6·(1 + |b|)):
 *
 * <ul>
 *   <li>five-point central differences of the function (two step sizes, which must agree to
 *       1e-8, else the point is near a kink or too steep and is discarded);
 *   <li>the double evaluator ({@link Numeric}) of the derivative;
 *   <li>the compiled derivative ({@link Compiler}, the definitions as shared registers);
 *   <li>reverse-mode autodiff ({@code gradlab.autodiff}) of the compiled function on
 *       1-element tensors: the backward rules of the primitives, not the symbolic derivative
 *       (for ∂²e/∂x∂y, autodiff's ∂/∂x of the symbolic ∂e/∂y).
 * </ul>
 *
 * <p>Points within 4·10⁻³ of a kink are discarded: there the one-sided five-point differences
 * disagree by more than 1e-7 (at a kink both central estimates are the mean of the two slopes,
 * and the two step sizes agree). Fixed seed; 10 000 tries (about 20 000 derivatives, each checked four ways, after
 * discards); a CPU-time budget fails the property rather than letting it run on; jqwik prints the
 * shrunk counterexample (in Unicode) on failure.
 */
class DerivativePropertyTest {
  /**
   * The property fails when its thread has used more CPU time than this: a bound that does not
   * depend on how busy the machine is (jqwik has no {@code @Timeout} of its own). The whole
   * property took 27 s of its thread's CPU time on this machine (one measurement).
   */
  private static final long BUDGET_NANOS = 150_000_000_000L;
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private long start;
  private static final double TOLERANCE = 1e-6;
  private static final int DIGITS = 25;
  private static final Num HALF = Num.of(1, 2);

  /** One random case: definitions, expression and point. Prints itself readably. */
  record Case(Expression u, Expression v, Expression e, double x, double y) {
    Environment env() {
      return Environment.EMPTY.with("u", u).with("v", v);
    }

    @Override
    public String toString() {
      return "u = " + Printer.input(u) + "; v = " + Printer.input(v) + "; e = "
          + Printer.input(e) + " at x = " + x + ", y = " + y;
    }
  }

  @BeforeProperty
  void startTheClock() {
    start = CPU.getCurrentThreadCpuTime();
  }

  @Property(tries = 10_000, seed = "20261130", shrinking = ShrinkingMode.BOUNDED,
      maxDiscardRatio = 10, edgeCases = EdgeCasesMode.NONE)
  void derivativesAgreeWithDifferencesCompiledCodeAndAutodiff(@ForAll("cases") Case c) {
    if (CPU.getCurrentThreadCpuTime() - start > BUDGET_NANOS) {
      throw new AssertionError("CPU time budget of " + BUDGET_NANOS / 1_000_000_000
          + " s spent");
    }
    Environment env = c.env();
    Expression dx = Differentiation.derivative(c.e(), "x", env);
    Expression dy = Differentiation.derivative(c.e(), "y", env);
    Expression dxy = Differentiation.derivative(dy, "x", env);
    check(c, env, c.e(), dx);
    check(c, env, dy, dxy);
  }

  private static void check(Case c, Environment env, Expression f, Expression df) {
    Double fd1 = central(f, env, c, 1e-3);
    Double fd2 = central(f, env, c, 5e-4);
    Assume.that(fd1 != null && fd2 != null);
    double a = fd2;
    // smooth near the point: the two step sizes agree far below the tolerance
    Assume.that(Math.abs(a) < 1e6 && Math.abs(fd1 - fd2) <= 1e-8 * (1 + Math.abs(a)));
    // and no kink within 4h: at a kink (max(x, x/2) at 0) both central estimates are the mean
    // of the two slopes, but the one-sided ones differ by the jump
    Double right = oneSided(f, env, c, 1e-3);
    Double left = oneSided(f, env, c, -1e-3);
    Assume.that(right != null && left != null
        && Math.abs(right - left) <= 1e-7 * (1 + Math.abs(a)));
    // the double evaluator promises no value through an intermediate that overflowed: in
    // (max(e^(e^(e^(eˣ))), …))′ the rule's H(…) = 0 meets e^(e^(e^(eˣ))) = ∞ in double (0·∞);
    // N recomputes such values at 50 digits, and PyTorch's autograd gives NaN there too
    Assume.that(noIntermediateOverflows(df, env, c));
    double dbl;
    BigDecimal precise;
    try {
      dbl = Numeric.value(df, Map.of("x", c.x(), "y", c.y()), env);
      precise = PreciseNumeric.value(df, Map.of("x", new BigDecimal(c.x()), "y",
          new BigDecimal(c.y())), env, DIGITS);
    } catch (ArithmeticException ex) {
      // δ at 0: the point is on a kink, where the derivative does not exist
      Assume.that(!ex.getMessage().contains("δ"));
      throw new AssertionError("derivative not evaluable: " + ex.getMessage() + " in case " + c,
          ex);
    }
    double p = precise.doubleValue();
    if (!close(p, a)) {
      throw new AssertionError("derivative " + p + " but central differences give " + a
          + "; derivative = " + Printer.unicode(df) + "; case " + c);
    }
    if (!close(dbl, p)) {
      throw new AssertionError("double evaluator gives " + dbl + ", 25 digits give " + p
          + " for " + Printer.unicode(df) + "; case " + c);
    }
    Program program = Compiler.compile(env, List.of(f, df), List.of("x", "y"));
    double compiled = new CompiledFunction(program).at(c.x(), c.y())[1];
    if (!close(compiled, p)) {
      throw new AssertionError("compiled derivative gives " + compiled + ", 25 digits give " + p
          + " for " + Printer.unicode(df) + "; case " + c);
    }
    double autodiff = autodiffX(program, c);
    if (!close(autodiff, p)) {
      throw new AssertionError("autodiff gives " + autodiff + ", 25 digits give " + p
          + " for ∂/∂x of " + Printer.unicode(f) + "; case " + c);
    }
  }

  private static boolean noIntermediateOverflows(Expression e, Environment env, Case c) {
    try {
      if (Double.isInfinite(Numeric.value(e, Map.of("x", c.x(), "y", c.y()), env))) {
        return false;
      }
    } catch (RuntimeException notEvaluable) {
      // a subterm that is not a number (δ at a kink) is judged by the caller
    }
    for (Expression child : NodeCount.children(e)) {
      if (!noIntermediateOverflows(child, env, c)) {
        return false;
      }
    }
    return true;
  }

  /** ∂(output 0)/∂x by reverse mode over the compiled program, on 1-element tensors. */
  private static double autodiffX(Program program, Case c) {
    List<Node> leaves = List.of(gradlab.autodiff.Ad.leaf(Tensor.of(new double[] {c.x()}, 1)),
        gradlab.autodiff.Ad.leaf(Tensor.of(new double[] {c.y()}, 1)));
    Node out = ProgramGraph.build(program, leaves, program.outputs()[0])[program.outputs()[0]];
    Gradients g = Gradients.backward(out, Tensor.full(1, DType.FLOAT64, 1), leaves);
    return g.get(leaves.get(0)).at(0);
  }

  private static boolean close(double a, double b) {
    return Math.abs(a - b) <= TOLERANCE * (1 + Math.abs(b));
  }

  /** Five-point central differences in double precision: error O(h⁴). */
  private static Double central(Expression e, Environment env, Case c, double h) {
    try {
      double[] f = new double[4];
      double[] at = {2 * h, h, -h, -2 * h};
      for (int i = 0; i < 4; i++) {
        f[i] = Numeric.value(e, Map.of("x", c.x() + at[i], "y", c.y()), env);
      }
      double d = (-f[0] + 8 * f[1] - 8 * f[2] + f[3]) / (12 * h);
      return Double.isFinite(d) ? d : null;
    } catch (ArithmeticException ex) {
      return null;
    }
  }

  /** One-sided five-point differences (forward for h > 0, backward for h < 0): error O(h⁴). */
  private static Double oneSided(Expression e, Environment env, Case c, double h) {
    try {
      double[] w = {-25, 48, -36, 16, -3};
      double d = 0;
      for (int i = 0; i < 5; i++) {
        d += w[i] * Numeric.value(e, Map.of("x", c.x() + i * h, "y", c.y()), env);
      }
      d /= 12 * h;
      return Double.isFinite(d) ? d : null;
    } catch (ArithmeticException ex) {
      return null;
    }
  }

  @Provide
  Arbitrary<Case> cases() {
    Arbitrary<Expression> u = tree(2, List.of("x", "y"));
    Arbitrary<Expression> v = tree(2, List.of("x", "y", "u"));
    Arbitrary<Expression> e = Arbitraries.integers().between(1, 6)
        .flatMap(d -> tree(d, List.of("x", "y", "u", "v")));
    Arbitrary<Double> point = Arbitraries.doubles().between(-1.5, 1.5).ofScale(3);
    return Combinators.combine(u, v, e, point, point).as(Case::new);
  }

  private static Arbitrary<Expression> tree(int depth, List<String> names) {
    Arbitrary<Expression> leaf = Arbitraries.oneOf(
        Arbitraries.of(names).map(Sym::new),
        Combinators.combine(Arbitraries.integers().between(-3, 3),
            Arbitraries.integers().between(1, 3)).as(Num::of));
    if (depth == 0) {
      return leaf;
    }
    Arbitrary<Expression> sub = Arbitraries.lazy(() -> tree(depth - 1, names));
    return Arbitraries.frequencyOf(
        Tuple.of(4, leaf),
        Tuple.of(3, Combinators.combine(sub, sub).as(Algebra::sum)),
        Tuple.of(3, Combinators.combine(sub, sub).as(Algebra::product)),
        Tuple.of(6, Combinators.combine(Arbitraries.of(MathFunction.values()), sub)
            .as(DerivativePropertyTest::inDomain)),
        Tuple.of(1, Combinators.combine(Arbitraries.of(Extra.values()), sub)
            .as((f, a) -> f.op.apply(a))),
        Tuple.of(1, Combinators.combine(sub, sub).as((a, b) -> Algebra.divide(a,
            sum(Num.ONE, power(b, Num.of(2)))))),
        Tuple.of(1, Combinators.combine(sub, sub).as((a, b) -> power(
            sum(Num.ONE, power(a, Num.of(2))), call(MathFunction.SIGMOID, b)))),
        Tuple.of(1, Combinators.combine(sub, sub).as((a, b) -> call(MathFunction.MAX, a, b))),
        Tuple.of(1, Combinators.combine(sub, sub).as((a, b) -> call(MathFunction.MIN, a, b))),
        Tuple.of(1, Combinators.combine(sub, sub).as((a, b) -> call(MathFunction.LOGSUMEXP, a,
            b))),
        Tuple.of(1, sub.map(a -> power(a, Num.of(3)))));
  }

  /**
   * Every catalogue function of an argument wrapped to stay in the domain (an exhaustive switch:
   * a function added to the catalogue enters this test, and must say where it is defined).
   */
  static Expression inDomain(MathFunction f, Expression a) {
    Expression t = call(MathFunction.TANH, a);
    return switch (f) {
      case EXP, SIN, COS, ATAN, SINH, COSH, TANH, ASINH, ABS, SIGN, HEAVISIDE, ERF, SIGMOID,
          RELU, SOFTPLUS, ELU, GELU -> call(f, a);
      case LOG -> call(f, sum(Num.ONE, power(a, Num.of(2))));
      case TAN -> call(f, t);
      case ASIN, ACOS, ATANH -> call(f, product(HALF, t));
      case ACOSH -> call(f, sum(Num.of(2), power(a, Num.of(2))));
      case LOGIT -> call(f, sum(HALF, product(Num.of(1, 4), t)));
      // δ away from 0 is 0; its argument stays away from 0
      case DIRAC_DELTA -> call(f, sum(Num.ONE, power(a, Num.of(2))));
      // W is real from −1/e ≈ −0.37 on; its argument stays at −1/4 or above
      case LAMBERT_W -> call(f, sum(Num.of(-1, 4), power(a, Num.of(2))));
      case LEAKY_RELU -> call(f, a, Num.of(1, 10));
      case MAX, MIN, LOGSUMEXP -> call(f, a, product(HALF, t));
    };
  }

  /** Forms that are not one catalogue call: √, σ′ and σ″ written with primes. */
  enum Extra {
    SQRT(a -> power(sum(Num.ONE, power(a, Num.of(2))), HALF)),
    SIGMOID_PRIME(a -> Algebra.call(MathFunction.SIGMOID, 1, List.of(a))),
    SIGMOID_SECOND(a -> Algebra.call(MathFunction.SIGMOID, 2, List.of(a)));

    final UnaryOperator<Expression> op;

    Extra(UnaryOperator<Expression> op) {
      this.op = op;
    }
  }
}
