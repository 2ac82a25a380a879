package gradlab.check;

import gradlab.check.MatrixExpr.Kind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The names of a {@link MatrixExpr} and how each may be read: a capital is a matrix; a bold
 * lowercase name, or a letter written transposed anywhere in the step, a vector; any other
 * letter is open (a scalar or a vector). Stateless.
 */
final class MatrixNames {
  private MatrixNames() {}

  /** Adds the names of {@code e} to {@code kinds}, the most specific kind winning. */
  static void collect(MatrixExpr e, Map<String, Kind> kinds) {
    switch (e) {
      case MatrixExpr.Name n -> kinds.merge(n.shown(), n.kind(), (a, b) -> a == Kind.OPEN ? b
          : a);
      case MatrixExpr.Number n -> { }
      case MatrixExpr.Transpose t -> collect(t.e(), kinds);
      case MatrixExpr.Inverse t -> collect(t.e(), kinds);
      case MatrixExpr.Negation t -> collect(t.e(), kinds);
      case MatrixExpr.Norm t -> collect(t.e(), kinds);
      case MatrixExpr.Power t -> collect(t.e(), kinds);
      case MatrixExpr.Apply t -> collect(t.e(), kinds);
      case MatrixExpr.Gradient g -> {
        collect(g.f(), kinds);
        collect(g.wrt(), kinds);
      }
      case MatrixExpr.Product p -> collectBoth(p.left(), p.right(), kinds);
      case MatrixExpr.Dot p -> collectBoth(p.left(), p.right(), kinds);
      case MatrixExpr.Sum p -> collectBoth(p.left(), p.right(), kinds);
      case MatrixExpr.Quotient p -> collectBoth(p.left(), p.right(), kinds);
      case MatrixExpr.Hadamard p -> collectBoth(p.left(), p.right(), kinds);
    }
  }

  private static void collectBoth(MatrixExpr a, MatrixExpr b, Map<String, Kind> kinds) {
    collect(a, kinds);
    collect(b, kinds);
  }

  /**
   * The names whose values {@code e} needs, in order of first use; null where {@code e} takes a
   * gradient (its value would be a finite difference, not a worked-out value).
   */
  static Set<String> valueNames(MatrixExpr e) {
    if (hasGradient(e)) {
      return null;
    }
    Map<String, Kind> kinds = new LinkedHashMap<>();
    collect(e, kinds);
    return kinds.keySet();
  }

  /** Whether {@code e} takes a gradient anywhere (then values are finite differences). */
  static boolean hasGradient(MatrixExpr e) {
    Set<String> wrt = new HashSet<>();
    variables(e, wrt);
    return !wrt.isEmpty();
  }

  /**
   * The names on one side only, apart from the variables of gradients (∇_w(w^⊤x) = x: w is the
   * variable, not a value left unstated).
   */
  static List<String> oneSided(MatrixExpr l, MatrixExpr r) {
    Map<String, Kind> left = new LinkedHashMap<>();
    Map<String, Kind> right = new LinkedHashMap<>();
    collect(l, left);
    collect(r, right);
    Set<String> wrt = new HashSet<>();
    variables(l, wrt);
    variables(r, wrt);
    List<String> out = new ArrayList<>();
    left.keySet().stream().filter(n -> !right.containsKey(n) && !wrt.contains(n))
        .forEach(out::add);
    right.keySet().stream().filter(n -> !left.containsKey(n) && !wrt.contains(n))
        .forEach(out::add);
    return out;
  }

  /** Whether {@code e} applies {@code function} (entry by entry, or softmax) anywhere. */
  static boolean applies(MatrixExpr e, String function) {
    return switch (e) {
      case MatrixExpr.Apply t -> t.function().equals(function) || applies(t.e(), function);
      case MatrixExpr.Gradient g -> applies(g.f(), function);
      case MatrixExpr.Name n -> false;
      case MatrixExpr.Number n -> false;
      case MatrixExpr.Transpose t -> applies(t.e(), function);
      case MatrixExpr.Inverse t -> applies(t.e(), function);
      case MatrixExpr.Negation t -> applies(t.e(), function);
      case MatrixExpr.Norm t -> applies(t.e(), function);
      case MatrixExpr.Power t -> applies(t.e(), function);
      case MatrixExpr.Product p -> applies(p.left(), function) || applies(p.right(), function);
      case MatrixExpr.Dot p -> applies(p.left(), function) || applies(p.right(), function);
      case MatrixExpr.Sum p -> applies(p.left(), function) || applies(p.right(), function);
      case MatrixExpr.Quotient p -> applies(p.left(), function) || applies(p.right(), function);
      case MatrixExpr.Hadamard p -> applies(p.left(), function) || applies(p.right(), function);
    };
  }

  private static void variables(MatrixExpr e, Set<String> out) {
    switch (e) {
      case MatrixExpr.Gradient g -> {
        out.add(g.wrt().shown());
        variables(g.f(), out);
      }
      case MatrixExpr.Name n -> { }
      case MatrixExpr.Number n -> { }
      case MatrixExpr.Transpose t -> variables(t.e(), out);
      case MatrixExpr.Inverse t -> variables(t.e(), out);
      case MatrixExpr.Negation t -> variables(t.e(), out);
      case MatrixExpr.Norm t -> variables(t.e(), out);
      case MatrixExpr.Power t -> variables(t.e(), out);
      case MatrixExpr.Apply t -> variables(t.e(), out);
      case MatrixExpr.Product p -> {
        variables(p.left(), out);
        variables(p.right(), out);
      }
      case MatrixExpr.Dot p -> {
        variables(p.left(), out);
        variables(p.right(), out);
      }
      case MatrixExpr.Sum p -> {
        variables(p.left(), out);
        variables(p.right(), out);
      }
      case MatrixExpr.Quotient p -> {
        variables(p.left(), out);
        variables(p.right(), out);
      }
      case MatrixExpr.Hadamard p -> {
        variables(p.left(), out);
        variables(p.right(), out);
      }
    }
  }
}
