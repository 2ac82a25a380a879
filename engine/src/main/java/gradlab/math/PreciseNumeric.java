package gradlab.math;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The value of an expression at a point to a chosen number of significant digits, as
 * {@link Numeric} does in double precision (computed with guard digits). Not thread-safe.
 */
public final class PreciseNumeric {
  private final Map<String, BigDecimal> point;
  private final Environment env;
  private final MathContext mc;
  private final Map<Expression, BigDecimal> memo = new IdentityHashMap<>();
  private final Map<String, BigDecimal> definedMemo = new HashMap<>();

  private PreciseNumeric(Map<String, BigDecimal> point, Environment env, MathContext mc) {
    this.point = point;
    this.env = env;
    this.mc = mc;
  }

  /** The value to {@code digits} significant digits. */
  public static BigDecimal value(Expression e, Map<String, BigDecimal> point, Environment env,
      int digits) {
    MathContext work = new MathContext(digits + 10, RoundingMode.HALF_EVEN);
    return new PreciseNumeric(point, env, work).v(e)
        .round(new MathContext(digits, RoundingMode.HALF_EVEN));
  }

  private BigDecimal v(Expression e) {
    BigDecimal done = memo.get(e);
    if (done == null) {
      done = compute(e);
      memo.put(e, done);
    }
    return done;
  }

  private BigDecimal compute(Expression e) {
    return switch (e) {
      case Num n -> n.toBigDecimal(mc);
      case Real r -> r.digits() != null ? r.digits()
          : new BigDecimal(Double.toString(r.value())); // 0.45 means 0.45
      case Const c -> c.kind() == Const.Kind.PI ? BigMath.pi(mc) : BigMath.exp(BigDecimal.ONE, mc);
      case Sym s -> symbol(s.name());
      case Sum s -> {
        BigDecimal t = BigDecimal.ZERO;
        for (Expression x : s.terms()) {
          t = t.add(v(x), mc);
        }
        yield t;
      }
      case Product p -> {
        BigDecimal t = BigDecimal.ONE;
        for (Expression x : p.factors()) {
          t = t.multiply(v(x), mc);
        }
        yield t;
      }
      case Power p -> power(p);
      case Call c -> call(c);
      case Relation r -> throw new IllegalArgumentException("a relation has no numeric value");
      case ExprList l -> throw new IllegalArgumentException("a list has no single numeric value");
      case Command c -> throw new IllegalArgumentException(c.name() + "(…) is not evaluated");
    };
  }

  private BigDecimal symbol(String name) {
    BigDecimal p = point.get(name);
    if (p != null) {
      return p;
    }
    Expression rhs = env.definitions().get(name);
    if (rhs == null) {
      throw new IllegalArgumentException("'" + Printer.name(name) + "' has no value");
    }
    BigDecimal done = definedMemo.get(name);
    if (done == null) {
      done = v(rhs);
      definedMemo.put(name, done);
    }
    return done;
  }

  private BigDecimal power(Power p) {
    BigDecimal b = v(p.base());
    if (p.exponent() instanceof Num n && n.isInteger() && n.num().bitLength() < 20) {
      int k = n.num().intValueExact();
      if (b.signum() == 0 && k < 0) {
        throw new ArithmeticException("division by zero in " + Printer.unicode(p));
      }
      return k >= 0 ? b.pow(k, mc) : BigDecimal.ONE.divide(b.pow(-k, mc), mc);
    }
    if (p.exponent() instanceof Num n && n.equals(Num.of(1, 2)) && b.signum() >= 0) {
      return b.sqrt(mc);
    }
    if (b.signum() <= 0) {
      if (b.signum() == 0 && v(p.exponent()).signum() > 0) {
        return BigDecimal.ZERO;
      }
      throw new ArithmeticException("not real: " + Printer.unicode(p));
    }
    return BigMath.exp(v(p.exponent()).multiply(BigMath.log(b, mc), mc), mc);
  }

  private BigDecimal call(Call c) {
    BigDecimal[] a = new BigDecimal[c.args().size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = v(c.args().get(i));
    }
    if (c.function().isPeriodic()) {
      a[0] = PeriodicArguments.reducible(a[0], mc,
          m -> new PreciseNumeric(point, env, m).v(c.args().get(0)));
    }
    if (c.order() == 0) {
      return c.function().apply(mc, a);
    }
    if (c.function() == MathFunction.DIRAC_DELTA) {
      if (a[0].signum() == 0) {
        throw new ArithmeticException("δ at 0 is infinite");
      }
      return BigDecimal.ZERO;
    }
    String slot = "\u2063u";
    Expression nth = Differentiation.explicitNth(c.function(), c.order(), new Sym(slot));
    return new PreciseNumeric(Map.of(slot, a[0]), Environment.EMPTY, mc).v(nth);
  }
}
