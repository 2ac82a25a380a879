package gradlab.check;

import java.util.Map;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The value of a {@link MatrixExpr} at given matrices (EJML, double precision): a 1×1 side of a
 * product scales, a number in a sum is added to each entry, functions apply entry by entry, and
 * softmax normalizes a column vector (of a number or a matrix it is NaN: the text's index is
 * not known), and
 * a gradient is taken by central differences of its 1×1 formula, entry by entry of its name
 * (step 10⁻⁵, truncation error about 10⁻¹⁰: independent of any symbolic rule). A singular
 * inverse or a value off a function's domain gives NaN entries. Stateless; the values map is
 * read, and changed only inside a gradient, where each entry is put back.
 */
final class MatrixValues {
  private static final double STEP = 1e-5;

  private MatrixValues() {}

  static DMatrixRMaj value(MatrixExpr e, Map<String, DMatrixRMaj> values) {
    return switch (e) {
      case MatrixExpr.Name n -> values.get(n.shown());
      case MatrixExpr.Number n -> filled(1, 1, n.value());
      case MatrixExpr.Transpose t -> CommonOps_DDRM.transpose(value(t.e(), values), null);
      case MatrixExpr.Inverse t -> {
        DMatrixRMaj m = value(t.e(), values).copy();
        if (!CommonOps_DDRM.invert(m)) {
          CommonOps_DDRM.fill(m, Double.NaN);
        }
        yield m;
      }
      case MatrixExpr.Negation t -> scaled(-1, value(t.e(), values));
      case MatrixExpr.Norm t -> {
        double s = 0;
        for (double v : value(t.e(), values).data) {
          s += v * v;
        }
        yield filled(1, 1, t.squared() ? s : Math.sqrt(s));
      }
      case MatrixExpr.Power t -> filled(1, 1, Math.pow(value(t.e(), values).get(0),
          t.exponent()));
      case MatrixExpr.Apply t -> applied(t.function(), value(t.e(), values));
      case MatrixExpr.Gradient g -> gradient(g, values);
      case MatrixExpr.Dot p -> {
        DMatrixRMaj l = value(p.left(), values);
        DMatrixRMaj r = value(p.right(), values);
        if (!isOne(l) && !isOne(r) && l.numCols == 1 && r.numCols == 1) {
          yield filled(1, 1, CommonOps_DDRM.dot(l, r)); // 𝐰 · 𝐱: the inner product
        }
        yield value(new MatrixExpr.Product(p.left(), p.right()), values);
      }
      case MatrixExpr.Product p -> {
        DMatrixRMaj l = value(p.left(), values);
        DMatrixRMaj r = value(p.right(), values);
        if (isOne(l) || isOne(r)) {
          yield isOne(l) ? scaled(l.get(0), r) : scaled(r.get(0), l);
        }
        DMatrixRMaj out = new DMatrixRMaj(l.numRows, r.numCols);
        CommonOps_DDRM.mult(l, r, out);
        yield out;
      }
      case MatrixExpr.Sum p -> {
        DMatrixRMaj l = value(p.left(), values);
        DMatrixRMaj r = value(p.right(), values);
        double sign = p.negated() ? -1 : 1;
        if (isOne(l) != isOne(r)) { // a number added to each entry
          DMatrixRMaj big = isOne(l) ? scaled(sign, r) : l.copy();
          double add = isOne(l) ? l.get(0) : sign * r.get(0);
          for (int k = 0; k < big.data.length && k < big.getNumElements(); k++) {
            big.data[k] += add;
          }
          yield big;
        }
        DMatrixRMaj out = l.copy();
        for (int k = 0; k < out.getNumElements(); k++) {
          out.data[k] += sign * r.data[k];
        }
        yield out;
      }
      case MatrixExpr.Hadamard p -> {
        DMatrixRMaj out = new DMatrixRMaj(1, 1);
        DMatrixRMaj l = value(p.left(), values);
        out.reshape(l.numRows, l.numCols);
        CommonOps_DDRM.elementMult(l, value(p.right(), values), out);
        yield out;
      }
      case MatrixExpr.Quotient p -> scaled(1 / value(p.right(), values).get(0),
          value(p.left(), values));
    };
  }

  /** ∂f/∂X by central differences, entry by entry of X's current value. */
  private static DMatrixRMaj gradient(MatrixExpr.Gradient g, Map<String, DMatrixRMaj> values) {
    DMatrixRMaj x = values.get(g.wrt().shown());
    DMatrixRMaj out = new DMatrixRMaj(x.numRows, x.numCols);
    for (int k = 0; k < x.getNumElements(); k++) {
      double keep = x.data[k];
      x.data[k] = keep + STEP;
      double up = value(g.f(), values).get(0);
      x.data[k] = keep - STEP;
      double down = value(g.f(), values).get(0);
      x.data[k] = keep;
      out.data[k] = (up - down) / (2 * STEP);
    }
    return out;
  }

  private static DMatrixRMaj applied(String function, DMatrixRMaj m) {
    DMatrixRMaj out = m.copy();
    if (function.equals("softmax")) { // of a column vector; of a number or a matrix: not read
      double sum = 0;
      for (int k = 0; k < out.getNumElements(); k++) {
        out.data[k] = Math.exp(out.data[k]);
        sum += out.data[k];
      }
      CommonOps_DDRM.scale(m.numCols == 1 && m.numRows > 1 ? 1 / sum : Double.NaN, out);
      return out;
    }
    for (int k = 0; k < out.getNumElements(); k++) {
      double v = out.data[k];
      out.data[k] = switch (function) {
        case "sigma" -> 1 / (1 + Math.exp(-v));
        case "exp" -> Math.exp(v);
        case "log" -> Math.log(v);
        case "tanh" -> Math.tanh(v);
        case "sqrt" -> Math.sqrt(v);
        case "relu" -> Math.max(0, v); // only at stated values: MatrixSteps draws none for it
        default -> throw new IllegalArgumentException("no function " + function);
      };
    }
    return out;
  }

  private static boolean isOne(DMatrixRMaj m) {
    return m.numRows == 1 && m.numCols == 1;
  }

  private static DMatrixRMaj scaled(double s, DMatrixRMaj m) {
    DMatrixRMaj out = m.copy();
    CommonOps_DDRM.scale(s, out);
    return out;
  }

  private static DMatrixRMaj filled(int rows, int cols, double v) {
    DMatrixRMaj m = new DMatrixRMaj(rows, cols);
    CommonOps_DDRM.fill(m, v);
    return m;
  }
}
