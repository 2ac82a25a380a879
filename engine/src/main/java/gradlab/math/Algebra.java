package gradlab.math;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Smart constructors giving the canonical form: sums and products flattened, numbers folded
 * (exactly for rationals), like terms and equal bases combined, 0 and 1 dropped, functions of
 * approximate numbers evaluated. {@code 1/0} throws {@link ArithmeticException} "division by
 * zero". Pure functions.
 */
public final class Algebra {
  /** Up to this many distinct bases a product finds equal ones by a linear scan. */
  static final int SMALL = 12;

  private Algebra() {}

  public static Expression sum(Expression... terms) {
    return sum(Arrays.asList(terms));
  }

  public static Expression sum(List<Expression> terms) {
    if (terms.size() == 1 && !(terms.get(0) instanceof Sum)) {
      return terms.get(0);
    }
    Num exact = Num.ZERO;
    double approx = 0;
    boolean anyReal = false;
    // like terms in first-seen order: the term's factors without its rational coefficient
    // (compared as a multiset), the summed coefficient, and the term itself while it is alone
    List<FactorBag> bags = new ArrayList<>();
    List<Num> coefficients = new ArrayList<>();
    List<Expression> alone = new ArrayList<>();
    Map<FactorBag, Integer> index = null;
    List<Expression> flat = new ArrayList<>(terms.size() * 2);
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
          // the factors after a product's coefficient are already canonical
          List<Expression> fs = p.factors();
          rest = fs.size() == 2 ? fs.get(1) : new Product(fs.subList(1, fs.size()));
        }
        FactorBag bag = new FactorBag(rest);
        if (index == null && bags.size() >= SMALL) {
          index = new HashMap<>();
          for (int i = 0; i < bags.size(); i++) {
            index.put(bags.get(i), i);
          }
        }
        int i = index != null ? index.getOrDefault(bag, -1) : bags.indexOf(bag);
        if (i < 0) {
          if (index != null) {
            index.put(bag, bags.size());
          }
          bags.add(bag);
          coefficients.add(c);
          alone.add(t);
        } else {
          coefficients.set(i, coefficients.get(i).add(c));
          alone.set(i, null);
        }
      }
    }
    List<Expression> out = new ArrayList<>();
    for (int i = 0; i < bags.size(); i++) {
      Num c = coefficients.get(i);
      if (alone.get(i) != null) {
        out.add(alone.get(i));
      } else if (!c.isZero()) {
        Expression rest = bags.get(i).term();
        out.add(c.isOne() ? rest : scaled(c, rest));
      }
    }
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

  /** c·rest for a rational c ≠ 0, 1 and a canonical term without a numeric factor. */
  private static Expression scaled(Num c, Expression rest) {
    if (rest instanceof Product p && !p.factors().get(0).isNumber()) {
      List<Expression> fs = new ArrayList<>(p.factors().size() + 1);
      fs.add(c);
      fs.addAll(p.factors());
      return new Product(fs);
    }
    if (!(rest instanceof Product) && !rest.isNumber()) {
      return new Product(List.of(c, rest));
    }
    return product(c, rest);
  }

  public static Expression product(Expression... factors) {
    return product(Arrays.asList(factors));
  }

  /** The canonical product: numbers folded, equal bases combined ({@link CanonicalProduct}). */
  public static Expression product(List<Expression> factors) {
    return CanonicalProduct.of(factors);
  }

  /** The operands of nested sums (kind Sum) or products (kind Product), in order, into out. */
  static void flattenInto(List<Expression> in, Class<?> kind, List<Expression> out) {
    for (int i = 0, n = in.size(); i < n; i++) {
      Expression e = in.get(i);
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
   * f⁽ᵒʳᵈᵉʳ⁾(args), folded where exact (σ(0) = 1/2, log(1) = 0, σ′(0) = 1/4, …). Functions of approximate
   * numbers are left for {@link Numeric} or {@link PreciseNumeric}, so N(σ(0.45), 30) keeps
   * its digits.
   */
  public static Expression call(MathFunction f, int order, List<Expression> args) {
    if (order == 0) {
      Expression exact = ExactValues.of(f, args);
      if (exact != null) {
        return exact;
      }
    } else if (args.size() == 1 && args.get(0) instanceof Num) {
      // σ′(0) = σ(0)(1 − σ(0)) = 1/4: kept only when the explicit form folds to a number
      Expression explicit = Differentiation.explicitNth(f, order, args.get(0));
      if (explicit instanceof Num) {
        return explicit;
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
