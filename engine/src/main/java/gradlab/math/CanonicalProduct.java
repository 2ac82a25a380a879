package gradlab.math;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Algebra#product}'s canonical form: nested products flattened, rational factors folded
 * exactly and approximate ones in double (or in decimal where the double loses the value, see
 * {@link DecimalReals}), equal bases combined by summing their exponents, 1 dropped, and 0 for a
 * zero factor. Bases keep their first-seen order. Pure functions.
 */
final class CanonicalProduct {
  private CanonicalProduct() {}

  static Expression of(List<Expression> factors) {
    if (factors.size() == 1 && !(factors.get(0) instanceof Product)) {
      return factors.get(0);
    }
    Num exact = Num.ONE;
    double approx = 1;
    boolean anyReal = false;
    List<Real> reals = new ArrayList<>();
    // bases in first-seen order; firstFactor[i] is the factor that brought base i, exponents[i]
    // its exponents once a second factor with that base is seen (null before)
    List<Expression> bases = new ArrayList<>();
    List<Expression> firstFactor = new ArrayList<>();
    List<List<Expression>> exponents = new ArrayList<>();
    Map<Expression, Integer> index = null;
    List<Expression> flat = new ArrayList<>(factors.size() * 2);
    Algebra.flattenInto(factors, Product.class, flat);
    for (Expression f : flat) {
      if (f instanceof Num n) {
        exact = exact.multiply(n);
      } else if (f instanceof Real r) {
        approx *= r.value();
        anyReal = true;
        reals.add(r);
      } else {
        Expression base = f instanceof Power p ? p.base() : f;
        Expression exponent = f instanceof Power p ? p.exponent() : Num.ONE;
        if (index == null && bases.size() >= Algebra.SMALL) {
          index = new HashMap<>();
          for (int i = 0; i < bases.size(); i++) {
            index.put(bases.get(i), i);
          }
        }
        int i = index != null ? index.getOrDefault(base, -1) : bases.indexOf(base);
        if (i < 0) {
          if (index != null) {
            index.put(base, bases.size());
          }
          bases.add(base);
          firstFactor.add(f);
          exponents.add(null);
        } else {
          if (exponents.get(i) == null) {
            Expression first = firstFactor.get(i);
            exponents.set(i, new ArrayList<>(List.of(
                first instanceof Power p ? p.exponent() : Num.ONE)));
          }
          exponents.get(i).add(exponent);
        }
      }
    }
    if (exact.isZero() && !anyReal) {
      return Num.ZERO;
    }
    List<Expression> out = new ArrayList<>();
    for (int i = 0; i < bases.size(); i++) {
      // a base seen once keeps its factor, already canonical (Power is built only by power())
      Expression p = exponents.get(i) == null ? firstFactor.get(i)
          : Algebra.power(bases.get(i), Algebra.sum(exponents.get(i)));
      if (p instanceof Num n) {
        exact = exact.multiply(n);
      } else if (p instanceof Real r) {
        approx *= r.value();
        anyReal = true;
        reals.add(r);
      } else if (p instanceof Product q) {
        out.addAll(q.factors());
      } else {
        out.add(p);
      }
    }
    if (anyReal) {
      double v = approx * exact.toDouble();
      Real decimal = DecimalReals.productIfDoubleLost(v, reals, exact);
      if (decimal != null) {
        out.add(0, decimal);
        return out.size() == 1 ? decimal : new Product(out);
      }
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
}
