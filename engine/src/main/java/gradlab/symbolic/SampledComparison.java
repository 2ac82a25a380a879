package gradlab.symbolic;

import gradlab.math.Environment;
import gradlab.math.Expression;
import gradlab.math.Numeric;
import gradlab.math.PreciseNumeric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.ISymbol;

/**
 * {@link IdentityProver}'s numerical side: the two sides compared at seeded random points of the
 * domain, in double precision by the math language's own evaluator where the sides translate to
 * its tree (else by the engine), and a disagreement confirmed at {@value #CONFIRM_DIGITS} digits
 * ({@link PreciseNumeric}, or the engine at 30 digits) before it counts as a counterexample.
 * Runs on the engine thread; immutable.
 */
final class SampledComparison {
  /** Relative difference above which two double values disagree. */
  static final double TOLERANCE = 1e-9;
  private static final int CONFIRM_DIGITS = 40;
  private final SymbolicEngine engine;
  private final int samples;
  private final long seed;

  SampledComparison(SymbolicEngine engine, int samples, long seed) {
    this.engine = engine;
    this.samples = samples;
    this.seed = seed;
  }

  /**
   * Compares at seeded points; counts in {@code compared[0]} the points where both sides had
   * values. The sides are evaluated as math-language trees ({@link Numeric}, no Symja call, the
   * same under any load) where they translate; a point where that gives no value, and sides that
   * do not translate, are evaluated by the engine.
   */
  Optional<IdentityVerdict.Refuted> sample(IExpr lhs, IExpr rhs, Domain domain, int[] compared) {
    List<String> vars = new ArrayList<>(InputForm.symbolsOf(lhs));
    for (String v : InputForm.symbolsOf(rhs)) {
      if (!vars.contains(v)) {
        vars.add(v);
      }
    }
    if (hasUndefinedFunction(lhs) || hasUndefinedFunction(rhs)) {
      // no value at any point; and Symja's N of such a side can run on at a precision of
      // thousands of digits without stopping when asked (seed 3, line 72)
      return Optional.empty();
    }
    Optional<Expression> lt = engine.treeRaw(lhs);
    Optional<Expression> rt = lt.isPresent() ? engine.treeRaw(rhs) : Optional.empty();
    Random random = new Random(seed);
    for (int k = 0; k < samples; k++) {
      Map<String, Double> point = new LinkedHashMap<>();
      for (String v : vars) {
        double[] i = domain.interval(v);
        point.put(v, i[0] + (i[1] - i[0]) * random.nextDouble());
      }
      double l = lt.isPresent() ? nativeValue(lt.get(), point) : Double.NaN;
      double r = rt.isPresent() ? nativeValue(rt.get(), point) : Double.NaN;
      boolean nativeBoth = Double.isFinite(l) && Double.isFinite(r);
      if (!nativeBoth) {
        l = value(lhs, point);
        r = value(rhs, point);
      }
      if (Double.isFinite(l) && Double.isFinite(r)) {
        compared[0]++;
      }
      if (Double.isFinite(l) && Double.isFinite(r)
          && Math.abs(l - r) > TOLERANCE * (1 + Math.abs(l) + Math.abs(r))
          && (nativeBoth ? confirmedPrecisely(lt.get(), rt.get(), point)
              .orElseGet(() -> confirmedAtHighPrecision(lhs, rhs, point))
              : confirmedAtHighPrecision(lhs, rhs, point))) {
        return Optional.of(new IdentityVerdict.Refuted(point, l, r));
      }
    }
    return Optional.empty();
  }

  /** A call of a function with no definition in the engine (f(x), pd(…) of the reader). */
  static boolean hasUndefinedFunction(IExpr e) {
    return !e.isFree(x -> x.isAST() && x.head().isSymbol() && !x.head().isBuiltInSymbol()
        && !((ISymbol) x.head()).containsRules(), true);
  }

  private static double nativeValue(Expression e, Map<String, Double> point) {
    try {
      return Numeric.value(e, point, Environment.EMPTY);
    } catch (RuntimeException ex) {
      return Double.NaN;
    }
  }

  /**
   * The sides at {@value #CONFIRM_DIGITS} digits with the point as exact decimals; empty where
   * that evaluator has no value (then the engine confirms).
   */
  private static Optional<Boolean> confirmedPrecisely(Expression lhs, Expression rhs,
      Map<String, Double> point) {
    Map<String, BigDecimal> exact = new LinkedHashMap<>();
    point.forEach((k, v) -> exact.put(k, new BigDecimal(v)));
    try {
      BigDecimal l = PreciseNumeric.value(lhs, exact, Environment.EMPTY, CONFIRM_DIGITS);
      BigDecimal r = PreciseNumeric.value(rhs, exact, Environment.EMPTY, CONFIRM_DIGITS);
      BigDecimal scale = BigDecimal.ONE.add(l.abs()).add(r.abs());
      return Optional.of(l.subtract(r).abs().compareTo(scale.scaleByPowerOfTen(-20)) > 0);
    } catch (RuntimeException ex) {
      return Optional.empty();
    }
  }

  private double value(IExpr e, Map<String, Double> point) {
    try {
      return engine.numeric(new Expr(e), point);
    } catch (EvaluationTimeoutException ex) {
      throw ex;
    } catch (RuntimeException ex) {
      return Double.NaN;
    }
  }

  private boolean confirmedAtHighPrecision(IExpr lhs, IExpr rhs, Map<String, Double> point) {
    Map<String, Expr> exact = new LinkedHashMap<>();
    point.forEach((k, v) -> exact.put(k, new Expr(F.QQ(new BigFraction(v)))));
    IExpr d = ActivationCalculus.expandDerivatives(
        engine.substituteRaw(engine.evalRaw(F.Subtract(lhs, rhs)), exact), engine);
    IExpr n = engine.evalRaw(F.N(ActivationCalculus.toExpForm(d, engine), F.ZZ(30)));
    return n.isNumber() && n.isReal() && Math.abs(n.evalf()) > 1e-20;
  }
}
