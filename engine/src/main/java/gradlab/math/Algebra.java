package gradlab.math;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Smart constructors giving the canonical form: sums and products flattened, numbers folded
 * (exactly for rationals), like terms and equal bases combined, 0 and 1 dropped, functions of
 * approximate numbers evaluated. {@code 1/0} throws {@link ArithmeticException} "division by
 * zero". Pure functions.
 */
public final class Algebra {
  private Algebra() {}

  public static Expression sum(Expression... terms) {
    return sum(Arrays.asList(terms));
  }

  public static Expression sum(List<Expression> terms) {
    Num exact = Num.ZERO;
    double approx = 0;
    boolean anyReal = false;
    Map<Expression, Num> coefficients = new LinkedHashMap<>();
    List<Expression> flat = new ArrayList<>();
    flattenInto(terms, Sum.class, flat);
    for (Expression t : flat) {
      if (t instanceof Num n) {
        exact = exact.add(n);
      } else if (t instanceof Real r) {
        approx += r.value();
        anyReal = true;
      } else {
        Num c = Num.ONE;
        Expression rest = t;
        if (t instanceof Product p && p.factors().get(0) instanceof Num n) {
          c = n;
          rest = product(p.factors().subList(1, p.factors().size()));
        }
        coefficients.merge(rest, c, Num::add);
      }
    }
    List<Expression> out = new ArrayList<>();
    coefficients.forEach((rest, c) -> {
      if (!c.isZero()) {
        out.add(c.isOne() ? rest : product(c, rest));
      }
    });
    if (anyReal) {
      double v = approx + exact.toDouble();
      if (v != 0 || out.isEmpty()) {
        out.add(new Real(v));
      }
    } else if (!exact.isZero() || out.isEmpty()) {
      out.add(exact);
    }
    return out.size() == 1 ? out.get(0) : new Sum(out);
  }

  public static Expression product(Expression... factors) {
    return product(Arrays.asList(factors));
  }

  public static Expression product(List<Expression> factors) {
    Num exact = Num.ONE;
    double approx = 1;
    boolean anyReal = false;
    Map<Expression, List<Expression>> exponents = new LinkedHashMap<>();
    List<Expression> flat = new ArrayList<>();
    flattenInto(factors, Product.class, flat);
    for (Expression f : flat) {
      if (f instanceof Num n) {
        exact = exact.multiply(n);
      } else if (f instanceof Real r) {
        approx *= r.value();
        anyReal = true;
      } else {
        Expression base = f instanceof Power p ? p.base() : f;
        Expression exponent = f instanceof Power p ? p.exponent() : Num.ONE;
        exponents.computeIfAbsent(base, k -> new ArrayList<>()).add(exponent);
      }
    }
    if (exact.isZero() && !anyReal) {
      return Num.ZERO;
    }
    List<Expression> out = new ArrayList<>();
    for (Map.Entry<Expression, List<Expression>> e : exponents.entrySet()) {
      Expression p = power(e.getKey(), sum(e.getValue()));
      if (p instanceof Num n) {
        exact = exact.multiply(n);
      } else if (p instanceof Real r) {
        approx *= r.value();
        anyReal = true;
      } else if (p instanceof Product q) {
        out.addAll(q.factors());
      } else {
        out.add(p);
      }
    }
    if (anyReal) {
      double v = approx * exact.toDouble();
      if (v == 0) {
        return new Real(0);
      }
      if (v != 1 || out.isEmpty()) {
        out.add(0, new Real(v));
      }
    } else if (!exact.isOne() || out.isEmpty()) {
      if (exact.isZero()) {
        return Num.ZERO;
      }
      out.add(0, exact);
    }
    return out.size() == 1 ? out.get(0) : new Product(out);
  }

  private static void flattenInto(List<Expression> in, Class<?> kind, List<Expression> out) {
    for (Expression e : in) {
      if (kind == Sum.class && e instanceof Sum s) {
        flattenInto(s.terms(), kind, out);
      } else if (kind == Product.class && e instanceof Product p) {
        flattenInto(p.factors(), kind, out);
      } else {
        out.add(e);
      }
    }
  }

  public static Expression power(Expression base, Expression exponent) {
    if (exponent instanceof Num n && n.isZero()) {
      return Num.ONE;
    }
    if (exponent instanceof Num n && n.isOne()) {
      return base;
    }
    if (base instanceof Num b) {
      if (b.isOne()) {
        return Num.ONE;
      }
      if (b.isZero()) {
        if (exponent instanceof Num e && e.signum() < 0 || exponent instanceof Real r
            && r.value() < 0) {
          throw new ArithmeticException("division by zero");
        }
        if (exponent.isNumber()) {
          return Num.ZERO;
        }
      }
      if (exponent instanceof Num e && e.isInteger() && e.num().abs().bitLength() < 14) {
        return b.pow(e.num().intValueExact());
      }
      if (exponent instanceof Num e && e.den().equals(BigInteger.TWO) && b.signum() > 0) {
        BigInteger rn = b.num().sqrt();
        BigInteger rd = b.den().sqrt();
        if (rn.multiply(rn).equals(b.num()) && rd.multiply(rd).equals(b.den())) {
          return power(new Num(rn, rd), new Num(e.num(), BigInteger.ONE));
        }
      }
    }
    if (base.isNumber() && exponent.isNumber()
        && (base instanceof Real || exponent instanceof Real)) {
      return new Real(Math.pow(toDouble(base), toDouble(exponent)));
    }
    if (base instanceof Power p && exponent instanceof Num n && n.isInteger()) {
      return power(p.base(), product(p.exponent(), n));
    }
    if (base instanceof Product p && exponent instanceof Num n && n.isInteger()) {
      List<Expression> fs = new ArrayList<>();
      for (Expression f : p.factors()) {
        fs.add(power(f, n));
      }
      return product(fs);
    }
    if (base instanceof Const c && c.kind() == Const.Kind.E && exponent instanceof Call call
        && call.function() == MathFunction.LOG && call.order() == 0) {
      return call.arg();
    }
    return new Power(base, exponent);
  }

  public static Expression negate(Expression e) {
    return product(Num.MINUS_ONE, e);
  }

  public static Expression subtract(Expression a, Expression b) {
    return sum(a, negate(b));
  }

  public static Expression divide(Expression a, Expression b) {
    return product(a, power(b, Num.MINUS_ONE));
  }

  /**
   * f⁽ᵒʳᵈᵉʳ⁾(args), folded where exact (σ(0) = 1/2, log(1) = 0, …). Functions of approximate
   * numbers are left for {@link Numeric} or {@link PreciseNumeric}, so N(σ(0.45), 30) keeps
   * its digits.
   */
  public static Expression call(MathFunction f, int order, List<Expression> args) {
    if (order == 0) {
      Expression exact = ExactValues.of(f, args);
      if (exact != null) {
        return exact;
      }
    }
    return new Call(f, order, args);
  }

  public static Expression call(MathFunction f, Expression... args) {
    return call(f, 0, List.of(args));
  }

  static double toDouble(Expression e) {
    return switch (e) {
      case Num n -> n.toDouble();
      case Real r -> r.value();
      default -> throw new IllegalArgumentException("not a number: " + e);
    };
  }
}
