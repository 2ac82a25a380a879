package gradlab.symbolic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Terms of a sum or factors of a product in the order of their indices: the library orders
 * names as text, so a sum printed {@code x₁ + x₁₀ + x₁₁ + x₂} (user23). Only a run of adjacent
 * terms that differ in nothing but their indices (a numeric coefficient aside) is put in index
 * order, {@code x₁ + x₂ + … + x₁₀}; every other term keeps the library's place, so a printed
 * result changes only where indices were out of order.
 */
final class IndexOrder {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  private IndexOrder() {}

  /** The terms, each run of the same shape sorted by its indices; a new list. */
  static List<IExpr> inIndexOrder(List<IExpr> terms) {
    List<IExpr> out = new ArrayList<>(terms.size());
    int start = 0;
    while (start < terms.size()) {
      String shape = shape(terms.get(start));
      int end = start + 1;
      while (shape != null && end < terms.size() && shape.equals(shape(terms.get(end)))) {
        end++;
      }
      List<IExpr> run = new ArrayList<>(terms.subList(start, end));
      if (run.size() > 1) {
        run.sort(Comparator.comparing(IndexOrder::indices, IndexOrder::compareIndices));
      }
      out.addAll(run);
      start = end;
    }
    return out;
  }

  /** The term without a numeric coefficient, as input text. */
  private static String core(IExpr t) {
    if (t.isTimes() && t.first().isNumber()) {
      IAST rest = ((IAST) t).rest();
      return (rest.argSize() == 1 ? rest.first() : rest).toString();
    }
    return t.toString();
  }

  /** The core with each index written {@code #}, or null when it has no index. */
  private static String shape(IExpr t) {
    String c = core(t);
    Matcher m = DIGITS.matcher(c);
    return m.find() ? m.replaceAll("#") : null;
  }

  private static List<java.math.BigInteger> indices(IExpr t) {
    List<java.math.BigInteger> v = new ArrayList<>();
    Matcher m = DIGITS.matcher(core(t));
    while (m.find()) {
      v.add(new java.math.BigInteger(m.group()));
    }
    return v;
  }

  private static int compareIndices(List<java.math.BigInteger> a,
      List<java.math.BigInteger> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
