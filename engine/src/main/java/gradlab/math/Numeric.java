package gradlab.math;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The value of an expression at a point in double precision: every catalogue function and
 * every derivative (σ′, σ⁽ⁿ⁾, δ away from 0) is evaluated; defined names are evaluated through
 * their definitions. Throws {@link IllegalArgumentException} naming the symbols without a
 * value, and {@link ArithmeticException} for a division by zero or a value outside a
 * function's domain. Not thread-safe; one instance per evaluation.
 */
public final class Numeric {
  private final Map<String, Double> point;
  private final Environment env;
  private final Map<Expression, Double> memo = new IdentityHashMap<>();
  private final Map<String, Double> definedMemo = new HashMap<>();

  private Numeric(Map<String, Double> point, Environment env) {
    this.point = point;
    this.env = env;
  }

  public static double value(Expression e, Map<String, Double> point, Environment env) {
    return new Numeric(point, env).v(e);
  }

  private double v(Expression e) {
    Double done = memo.get(e);
    if (done == null) {
      done = compute(e);
      memo.put(e, done);
    }
    return done;
  }

  private double compute(Expression e) {
    return switch (e) {
      case Num n -> n.toDouble();
      case Real r -> r.value();
      case Const c -> c.kind() == Const.Kind.PI ? Math.PI : Math.E;
      case Sym s -> symbol(s.name());
      case Sum s -> {
        double t = 0;
        for (Expression x : s.terms()) {
          t += v(x);
        }
        yield t;
      }
      case Product p -> {
        double t = 1;
        for (Expression x : p.factors()) {
          t *= v(x);
        }
        yield t;
      }
      // eˣ by Math.exp: pow(2.718281828459045, x) carries e's rounding, 4·10⁻¹⁴ off at x = 700
      case Power p when p.base().equals(Const.E) -> Math.exp(v(p.exponent()));
      case Power p -> power(v(p.base()), v(p.exponent()), p);
      case Call c -> call(c);
      case Relation r -> throw new IllegalArgumentException("a relation has no numeric value: "
          + Printer.unicode(r));
      case ExprList l -> throw new IllegalArgumentException("a list has no single numeric value");
      case Command c -> throw new IllegalArgumentException(c.name() + "(…) is not evaluated");
    };
  }

  private double symbol(String name) {
    Double p = point.get(name);
    if (p != null) {
      return p;
    }
    Expression rhs = env.definitions().get(name);
    if (rhs == null) {
      throw new IllegalArgumentException("'" + Printer.name(name) + "' has no value; hint: "
          + "give it one, e.g. subs(…, " + name + " -> 1)");
    }
    Double done = definedMemo.get(name);
    if (done == null) {
      done = v(rhs);
      definedMemo.put(name, done);
    }
    return done;
  }

  private static double power(double b, double x, Power p) {
    if (b == 0 && x < 0) {
      throw new ArithmeticException("division by zero in " + Printer.unicode(p));
    }
    double r = Math.pow(b, x);
    if (Double.isNaN(r)) {
      throw new ArithmeticException("not real: " + Printer.unicode(p) + " at base " + b);
    }
    return r;
  }

  private double call(Call c) {
    double[] a = new double[c.args().size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = v(c.args().get(i));
    }
    double r;
    if (c.order() == 0) {
      r = c.function().apply(a);
    } else if (c.function() == MathFunction.DIRAC_DELTA) {
      r = a[0] != 0 ? 0 : Double.NaN;
    } else {
      String slot = "\u2063u";
      Expression nth = Differentiation.explicitNth(c.function(), c.order(), new Sym(slot));
      r = value(nth, Map.of(slot, a[0]), Environment.EMPTY);
    }
    if (Double.isNaN(r)) {
      throw new ArithmeticException(Printer.unicode(new Call(c.function(), c.order(),
          List.of(toReals(a)))) + " is undefined (outside the domain of "
          + c.function().displayName() + ")");
    }
    return r;
  }

  private static Expression[] toReals(double[] a) {
    Expression[] out = new Expression[a.length];
    for (int i = 0; i < a.length; i++) {
      out[i] = new Real(a[i]);
    }
    return out;
  }
}
