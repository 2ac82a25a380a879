package gradlab.math;

import static gradlab.math.Algebra.call;
import static gradlab.math.Algebra.power;
import static gradlab.math.Algebra.product;
import static gradlab.math.Algebra.sum;

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

/**
 * Differential test of native differentiation: random expression trees over the catalogue, with
 * two definitions (u in x, y; v in x, y, u) and nesting up to depth 6. For each case
 * ∂e/∂x and ∂²e/∂x∂y (a derivative of a derivative, through the names) must agree with
 * five-point central differences (two step sizes, which must agree to 1e-8, else the point is
 * near a kink or too steep and is discarded), and the double evaluator of each derivative with
 * the 25-digit one, both to 1e-6 of (1 + |value|). Fixed seed; jqwik prints the
 * shrunk counterexample (in Unicode) on failure.
 */
class DerivativePropertyTest {
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

  @Property(tries = 5100, seed = "20261130", shrinking = ShrinkingMode.BOUNDED,
      maxDiscardRatio = 10, edgeCases = EdgeCasesMode.NONE)
  void derivativesThroughDefinitionsAgreeWithCentralDifferences(@ForAll("cases") Case c) {
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
        Tuple.of(6, Combinators.combine(Arbitraries.of(Unary.values()), sub)
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

  /** Catalogue functions, wrapped so that their argument stays in the domain. */
  enum Unary {
    EXP(a -> call(MathFunction.EXP, a)),
    LOG(a -> call(MathFunction.LOG, sum(Num.ONE, power(a, Num.of(2))))),
    SQRT(a -> power(sum(Num.ONE, power(a, Num.of(2))), HALF)),
    SIN(a -> call(MathFunction.SIN, a)),
    COS(a -> call(MathFunction.COS, a)),
    TAN(a -> call(MathFunction.TAN, call(MathFunction.TANH, a))),
    ASIN(a -> call(MathFunction.ASIN, product(HALF, call(MathFunction.TANH, a)))),
    ACOS(a -> call(MathFunction.ACOS, product(HALF, call(MathFunction.TANH, a)))),
    ATAN(a -> call(MathFunction.ATAN, a)),
    SINH(a -> call(MathFunction.SINH, a)),
    COSH(a -> call(MathFunction.COSH, a)),
    TANH(a -> call(MathFunction.TANH, a)),
    ASINH(a -> call(MathFunction.ASINH, a)),
    ACOSH(a -> call(MathFunction.ACOSH, sum(Num.of(2), power(a, Num.of(2))))),
    ATANH(a -> call(MathFunction.ATANH, product(HALF, call(MathFunction.TANH, a)))),
    ABS(a -> call(MathFunction.ABS, a)),
    ERF(a -> call(MathFunction.ERF, a)),
    SIGMOID(a -> call(MathFunction.SIGMOID, a)),
    SIGMOID_PRIME(a -> Algebra.call(MathFunction.SIGMOID, 1, List.of(a))),
    SIGMOID_SECOND(a -> Algebra.call(MathFunction.SIGMOID, 2, List.of(a))),
    LOGIT(a -> call(MathFunction.LOGIT, sum(HALF, product(Num.of(1, 4),
        call(MathFunction.TANH, a))))),
    RELU(a -> call(MathFunction.RELU, a)),
    LEAKY_RELU(a -> call(MathFunction.LEAKY_RELU, a, Num.of(1, 10))),
    SOFTPLUS(a -> call(MathFunction.SOFTPLUS, a)),
    ELU(a -> call(MathFunction.ELU, a)),
    GELU(a -> call(MathFunction.GELU, a));

    final UnaryOperator<Expression> op;

    Unary(UnaryOperator<Expression> op) {
      this.op = op;
    }
  }
}
