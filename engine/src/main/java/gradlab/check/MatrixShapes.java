package gradlab.check;

import gradlab.check.MatrixExpr.Kind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The shapes of one reading of a matrix step, by unification: every name gets a shape (rows,
 * cols) of dimension variables — a scalar 1×1, a vector n×1, a matrix r×c — and products, sums,
 * transposes and the relation itself give equations between them. A vector's or a matrix's own
 * dimensions are proper (at least 2): an equation that makes one of them 1 (w^⊤x = x w^⊤) means
 * the shapes do not fit. A product or a sum with a 1×1 side is a scaling (a number is added to
 * each entry). Not thread-safe; one per reading.
 */
final class MatrixShapes {
  /** The dimension that is 1. */
  static final int ONE = 0;

  /** Rows and columns, as dimension variables. */
  record Shape(int rows, int cols) {}

  private final List<Integer> parent = new ArrayList<>(List.of(ONE));
  private final List<Boolean> proper = new ArrayList<>(List.of(false));
  private final Map<String, Shape> names = new LinkedHashMap<>();
  private final Map<String, Kind> kinds;
  private String misfit;

  /** @param kinds each name's kind in this reading (OPEN read as a scalar) */
  MatrixShapes(Map<String, Kind> kinds) {
    this.kinds = kinds;
  }

  /**
   * Unifies the shapes of {@code left} and {@code right}; returns whether they fit, else
   * {@link #misfit()} says where they do not.
   */
  boolean unifyInPlace(MatrixExpr left, MatrixExpr right) {
    Shape l = shape(left);
    Shape r = shape(right);
    if (misfit == null) {
      unify(l, r, "the two sides are of different shapes");
    }
    return misfit == null;
  }

  /** Where the shapes first do not fit, or null. */
  String misfit() {
    return misfit;
  }

  /** Each name's shape, after unification. */
  Map<String, Shape> names() {
    Map<String, Shape> out = new LinkedHashMap<>();
    names.forEach((k, s) -> out.put(k, new Shape(find(s.rows()), find(s.cols()))));
    return out;
  }

  /** The dimension classes of proper size, in order of first appearance. */
  List<Integer> dimensions() {
    List<Integer> out = new ArrayList<>();
    for (Shape s : names().values()) {
      for (int d : new int[] {s.rows(), s.cols()}) {
        if (d != ONE && !out.contains(d)) {
          out.add(d);
        }
      }
    }
    return out;
  }

  /** The root of a dimension variable. */
  int find(int d) {
    while (parent.get(d) != d) {
      d = parent.get(d);
    }
    return d;
  }

  Shape shape(MatrixExpr e) {
    return switch (e) {
      case MatrixExpr.Name n -> names.computeIfAbsent(n.shown(), k -> switch (kinds.get(k)) {
        case MATRIX -> new Shape(fresh(), fresh());
        case VECTOR -> new Shape(fresh(), ONE);
        case OPEN -> new Shape(ONE, ONE);
      });
      case MatrixExpr.Number n -> new Shape(ONE, ONE);
      case MatrixExpr.Transpose t -> {
        Shape s = shape(t.e());
        yield new Shape(s.cols(), s.rows());
      }
      case MatrixExpr.Inverse t -> {
        Shape s = shape(t.e());
        unify(s.rows(), s.cols(), "an inverse of a matrix that is not square");
        yield s;
      }
      case MatrixExpr.Negation t -> shape(t.e());
      case MatrixExpr.Apply t -> {
        Shape s = shape(t.e());
        if (t.function().equals("softmax") && isScalar(s) && misfit == null) {
          misfit = "softmax of a number (the text's index over which it normalizes is not read)";
        }
        yield s;
      }
      case MatrixExpr.Norm t -> {
        shape(t.e());
        yield new Shape(ONE, ONE);
      }
      case MatrixExpr.Power t -> scalar(shape(t.e()), "a power of a vector or matrix");
      case MatrixExpr.Gradient g -> {
        scalar(shape(g.f()), "a derivative of a vector or matrix (a Jacobian?)");
        yield shape(g.wrt());
      }
      case MatrixExpr.Dot p -> {
        Shape l = shape(p.left());
        Shape r = shape(p.right());
        if (!isScalar(l) && !isScalar(r) && find(l.cols()) == ONE && find(r.cols()) == ONE) {
          unify(l.rows(), r.rows(), "an inner product of vectors of different lengths");
          yield new Shape(ONE, ONE); // 𝐰 · 𝐱 of two column vectors
        }
        yield shape(new MatrixExpr.Product(p.left(), p.right()));
      }
      case MatrixExpr.Product p -> {
        Shape l = shape(p.left());
        Shape r = shape(p.right());
        if (isScalar(l) || isScalar(r)) {
          yield isScalar(l) ? r : l;
        }
        unify(l.cols(), r.rows(), "a product whose inner sizes differ");
        yield new Shape(l.rows(), r.cols());
      }
      case MatrixExpr.Sum p -> {
        Shape l = shape(p.left());
        Shape r = shape(p.right());
        if (isConstant(p.left()) || isConstant(p.right())) {
          yield isConstant(p.left()) ? r : l;
        }
        unify(l, r, "a sum of different shapes");
        yield l;
      }
      case MatrixExpr.Hadamard p -> {
        Shape l = shape(p.left());
        unify(l, shape(p.right()), "⊙ of different shapes");
        yield l;
      }
      case MatrixExpr.Quotient p -> {
        Shape l = shape(p.left());
        scalar(shape(p.right()), "a division by a vector or matrix");
        yield l;
      }
    };
  }

  /** Whether {@code e} has no names: a number, added to each entry of the other side. */
  static boolean isConstant(MatrixExpr e) {
    return switch (e) {
      case MatrixExpr.Number n -> true;
      case MatrixExpr.Negation t -> isConstant(t.e());
      case MatrixExpr.Transpose t -> isConstant(t.e()); // \vec{0}^T
      case MatrixExpr.Quotient q -> isConstant(q.left()) && isConstant(q.right());
      case MatrixExpr.Product q -> isConstant(q.left()) && isConstant(q.right());
      case MatrixExpr.Dot q -> isConstant(q.left()) && isConstant(q.right());
      default -> false;
    };
  }

  private boolean isScalar(Shape s) {
    return find(s.rows()) == ONE && find(s.cols()) == ONE;
  }

  private Shape scalar(Shape s, String why) {
    unify(s, new Shape(ONE, ONE), why);
    return new Shape(ONE, ONE);
  }

  private int fresh() {
    parent.add(parent.size());
    proper.add(true);
    return parent.size() - 1;
  }

  private void unify(Shape a, Shape b, String why) {
    unify(a.rows(), b.rows(), why);
    unify(a.cols(), b.cols(), why);
  }

  private void unify(int a, int b, String why) {
    int ra = find(a);
    int rb = find(b);
    if (ra == rb || misfit != null) {
      return;
    }
    if ((ra == ONE && proper.get(rb)) || (rb == ONE && proper.get(ra))) {
      misfit = why;
      return;
    }
    if (rb == ONE) {
      parent.set(ra, rb);
    } else {
      parent.set(rb, ra);
    }
  }

  /** Concrete sizes: the i-th dimension class is {@code sizes.get(i)}. */
  static Map<Integer, Integer> sizes(List<Integer> dimensions, boolean second) {
    Map<Integer, Integer> out = new HashMap<>();
    out.put(ONE, 1);
    for (int i = 0; i < dimensions.size(); i++) {
      out.put(dimensions.get(i), second ? (i % 2 == 0 ? 3 + i : 1 + i) : 2 + i);
    }
    return out;
  }
}
