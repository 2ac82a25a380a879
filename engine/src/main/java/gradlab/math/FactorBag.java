package gradlab.math;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The key under which {@link Algebra#sum} collects like terms: the factors of a term without
 * its rational coefficient, compared as a multiset, so that 3·a·b and b·a are like terms
 * (2a·b + b·a = 3a·b) whatever order the product rule produced them in. The term keeps the
 * order it was first seen in, so printing is unchanged. Hash: the sum of the factors' hashes.
 */
final class FactorBag {
  private final Expression term;
  private final List<Expression> factors;
  private final int hash;

  /** The bag of {@code rest}: its factors when it is a product, else {@code rest} alone. */
  FactorBag(Expression rest) {
    this.term = rest;
    this.factors = rest instanceof Product p ? p.factors() : List.of(rest);
    int h = 0;
    for (Expression f : factors) {
      h += f.hashCode();
    }
    this.hash = h;
  }

  /** The term this bag was made from. */
  Expression term() {
    return term;
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof FactorBag other) || other.hash != hash
        || other.factors.size() != factors.size()) {
      return false;
    }
    if (other.term == term || other.factors.equals(factors)) {
      return true;
    }
    if (factors.size() <= 8) {
      // match each factor to an unused equal one of the other bag (identity tried first)
      int n = factors.size();
      boolean[] used = new boolean[n];
      for (int i = 0; i < n; i++) {
        Expression f = factors.get(i);
        int match = -1;
        for (int j = 0; j < n && match < 0; j++) {
          if (!used[j] && other.factors.get(j) == f) {
            match = j;
          }
        }
        for (int j = 0; j < n && match < 0; j++) {
          if (!used[j] && other.factors.get(j).equals(f)) {
            match = j;
          }
        }
        if (match < 0) {
          return false;
        }
        used[match] = true;
      }
      return true;
    }
    Map<Expression, Integer> counts = new HashMap<>();
    for (Expression f : factors) {
      counts.merge(f, 1, Integer::sum);
    }
    for (Expression f : other.factors) {
      Integer c = counts.get(f);
      if (c == null) {
        return false;
      }
      counts.put(f, c - 1);
    }
    return counts.values().stream().allMatch(c -> c == 0);
  }
}
