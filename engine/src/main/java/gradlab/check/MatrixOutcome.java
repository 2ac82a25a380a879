package gradlab.check;

import gradlab.check.MatrixShapes.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.ejml.data.DMatrixRMaj;

/**
 * One reading of a matrix step evaluated at random matrices: three draws at each of two size
 * choices. It holds when the sides agree at all six; it fails when they are apart at a draw of
 * each size choice (a second draw and a second size confirm the first). Entries are compared
 * to 10⁻⁹ relative to their size (10⁻⁶ where a side takes a gradient by finite differences).
 * Immutable.
 */
record MatrixOutcome(String reading, boolean holds, boolean fails, int samples,
    double tolerance, String sizes, double left, double right, String where) {
  private static final int DRAWS = 3;

  static MatrixOutcome evaluate(MatrixExpr l, MatrixExpr r, MatrixShapes shapes,
      String reading, int mask) {
    double tol = MatrixNames.hasGradient(l) || MatrixNames.hasGradient(r) ? 1e-6 : 1e-9;
    Map<String, Shape> names = shapes.names();
    List<String> sizeTexts = new ArrayList<>();
    int compared = 0;
    boolean[] apart = new boolean[2];
    String where = null;
    double lv = 0;
    double rv = 0;
    for (int choice = 0; choice < 2; choice++) {
      Map<Integer, Integer> sizes = MatrixShapes.sizes(shapes.dimensions(), choice == 1);
      sizeTexts.add(sizes(names, sizes));
      for (int d = 0; d < DRAWS; d++) {
        long seed = 20261201L + 1000L * mask + 10L * choice + d;
        double[] found = null;
        boolean comparable = false;
        for (boolean positive : new boolean[] {false, true}) {
          Map<String, DMatrixRMaj> values = MatrixSteps.draw(names, sizes, new Random(seed),
              positive);
          DMatrixRMaj a = MatrixValues.value(l, values);
          DMatrixRMaj b = MatrixValues.value(r, values);
          if (a.numRows != b.numRows || a.numCols != b.numCols || !finite(a) || !finite(b)) {
            continue;
          }
          comparable = true;
          found = apartAt(a, b, tol);
          break;
        }
        if (!comparable) {
          continue;
        }
        compared++;
        if (found != null) {
          apart[choice] = true;
          if (where == null) {
            lv = found[1];
            rv = found[2];
            where = String.format(Locale.ROOT, "at random matrices %s (seed %d), entry %s",
                sizeTexts.get(choice), seed, entry(found));
          }
        }
      }
    }
    boolean holds = compared == 2 * DRAWS && !apart[0] && !apart[1];
    boolean fails = apart[0] && apart[1];
    String at = where == null ? "" : where + "; also apart at " + sizeTexts.get(1)
        + (reading.equals("as written") ? "" : "; reading " + reading);
    return new MatrixOutcome(reading, holds, fails, compared, tol, String.join(" and ",
        sizeTexts), lv, rv, at);
  }

  /**
   * Whether the value of {@code side} changes when the name {@code name} alone is drawn anew
   * (three draws at the first size choice); a side that does not evaluate counts as depending.
   */
  static boolean dependsOn(MatrixExpr side, MatrixShapes shapes, String name) {
    Map<String, Shape> names = shapes.names();
    if (!names.containsKey(name)) {
      return true;
    }
    Map<Integer, Integer> sizes = MatrixShapes.sizes(shapes.dimensions(), false);
    for (int d = 0; d < DRAWS; d++) {
      Map<String, DMatrixRMaj> values = MatrixSteps.draw(names, sizes, new Random(7L + d),
          false);
      Map<String, DMatrixRMaj> other = new java.util.LinkedHashMap<>(values);
      other.put(name, MatrixSteps.draw(Map.of(name, names.get(name)), sizes,
          new Random(99L + d), false).get(name));
      try {
        DMatrixRMaj a = MatrixValues.value(side, values);
        DMatrixRMaj b = MatrixValues.value(side, other);
        if (a.numRows != b.numRows || a.numCols != b.numCols || !finite(a) || !finite(b)
            || apartAt(a, b, 1e-6) != null) {
          return true;
        }
      } catch (RuntimeException e) {
        return true;
      }
    }
    return false;
  }

  /** "(i, j)" of {index, a, b, columns, entries}, or that the sides are 1×1. */
  private static String entry(double[] found) {
    int k = (int) found[0];
    int cols = (int) found[3];
    return found[4] == 1 ? "(the sides are 1×1)" : "(" + (k / cols + 1) + ", " + (k % cols + 1)
        + ")";
  }

  /** {index, a, b, columns, entries} of the first entry where a and b are apart, or null. */
  private static double[] apartAt(DMatrixRMaj a, DMatrixRMaj b, double tol) {
    for (int k = 0; k < a.getNumElements(); k++) {
      double x = a.data[k];
      double y = b.data[k];
      if (Math.abs(x - y) > tol * (1 + Math.abs(x) + Math.abs(y))) {
        return new double[] {k, x, y, a.numCols, a.getNumElements()};
      }
    }
    return null;
  }

  private static boolean finite(DMatrixRMaj m) {
    for (int k = 0; k < m.getNumElements(); k++) {
      if (!Double.isFinite(m.data[k])) {
        return false;
      }
    }
    return true;
  }

  private static String sizes(Map<String, Shape> names, Map<Integer, Integer> sizes) {
    List<String> parts = new ArrayList<>();
    names.forEach((n, s) -> {
      int rows = sizes.get(s.rows());
      int cols = sizes.get(s.cols());
      if (rows != 1 || cols != 1) {
        parts.add(n + " " + rows + "×" + cols);
      }
    });
    return String.join(", ", parts);
  }
}
