package gradlab.math;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The immutable child list of a tree node ({@link Sum}, {@link Product}, {@link Call}, …) with
 * its hash code computed once. A record's hash code is its components', so without the cache
 * every {@code hashCode()} of a node walked its whole subtree, and the hash maps of
 * {@link Algebra} (like terms, equal bases) and of the derivative memo made differentiation
 * grow with the tree rather than with the number of distinct nodes. Equality checks the cached
 * hashes first, then the elements (identity first, as {@link Objects#equals} does).
 */
final class NodeList<E> extends AbstractList<E> implements RandomAccess {
  private final Object[] items;
  private int hash;
  private boolean hashIsZero;

  private NodeList(Object[] items) {
    this.items = items;
  }

  /** An immutable copy of {@code list} (the list itself when it already is one); no nulls. */
  @SuppressWarnings("unchecked")
  static <E> List<E> copyOf(List<? extends E> list) {
    if (list instanceof NodeList<?> n) {
      return (List<E>) n;
    }
    Object[] items = list.toArray();
    for (Object o : items) {
      Objects.requireNonNull(o);
    }
    return new NodeList<>(items);
  }

  @Override
  @SuppressWarnings("unchecked")
  public E get(int index) {
    return (E) items[index];
  }

  @Override
  public int size() {
    return items.length;
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0 && !hashIsZero) {
      // racy but safe, as in String: a thread that misses the cache recomputes the same value
      h = Arrays.hashCode(items);
      if (h == 0) {
        hashIsZero = true;
      } else {
        hash = h;
      }
    }
    return h;
  }

  @Override
  public boolean equals(Object o) {
    if (o == this) {
      return true;
    }
    if (o instanceof NodeList<?> other) {
      return other.items.length == items.length && other.hashCode() == hashCode()
          && Arrays.equals(items, other.items);
    }
    return super.equals(o);
  }
}
