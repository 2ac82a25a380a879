package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * A row of an {@code array} whose columns alternate term and relation, Parr &amp; Howard's
 * {@code \frac{\partial u_2}{\partial x} &=& \frac{\partial x}{\partial x} + … &=& 1 + 1 \times 2x
 * &=& 1+2x}: one chain, read as eqnarray's {@code a & = & b} is. Paired two columns at a time
 * (align's {@code a &= b}), every such row had become relations with an empty side, none checked.
 * Columns after the chain (an aside {@code &&&(y = f(x))}) are read each on its own, as before.
 */
final class ArrayChains {
  private ArrayChains() {}

  /**
   * The statements of a row of five or more {@code cols}, or null where the row does not open
   * with a chain whose relations stand in columns of their own.
   */
  static List<String> pairs(List<String> cols) {
    if (cols.size() < 5) {
      return null;
    }
    StringBuilder chain = new StringBuilder(cols.get(0));
    int k = 1;
    while (k + 1 < cols.size() && isRelation(cols.get(k)) && !cols.get(k + 1).isBlank()) {
      chain.append(' ').append(cols.get(k)).append(' ').append(cols.get(k + 1));
      k += 2;
    }
    if (k < 3 || cols.get(0).isBlank()) {
      return null;
    }
    List<String> out = new ArrayList<>(List.of(chain.toString()));
    for (; k < cols.size(); k++) {
      if (isRelation(cols.get(k))) {
        return null; // "a &=& b &=&" with nothing after: not a chain this reads
      }
      if (!cols.get(k).isBlank()) {
        out.add(cols.get(k));
      }
    }
    return out;
  }

  /** A column that is a relation alone ("=", "\approx"), as eqnarray's middle column. */
  static boolean isRelation(String col) {
    String c = col.strip();
    return !c.isEmpty() && c.length() <= 12
        && ChainSplitter.split(c + " x").terms().size() == 2;
  }
}
