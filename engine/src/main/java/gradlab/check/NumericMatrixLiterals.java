package gradlab.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ejml.data.DMatrixRMaj;

/**
 * A side that is a vector or matrix of numbers written out: a list {@code [1, 3]}, a tuple
 * transposed {@code (1, 3)^T} (a column either way), or a {@code pmatrix}/{@code bmatrix}/…
 * of numbers ({@code \begin{pmatrix} 3 \\ 1 \end{pmatrix}}, rows by {@code \\}, entries by
 * {@code &}). Each entry keeps half a unit of its last written place: the digits the writer
 * rounded to; an entry worked out by hand on whole numbers ({@code 1 \cdot 2 + 2 \cdot 1})
 * is exact. Stateless.
 */
final class NumericMatrixLiterals {
  private static final String NUMBER = NumberPatterns.DECIMAL_ANY_MINUS_REGEX;
  private static final Pattern LIST = Pattern.compile("(?:\\\\left\\s*)?[\\[(]\\s*(" + NUMBER
      + "(?:\\s*,\\s*" + NUMBER + ")*)\\s*(?:\\\\right\\s*)?[\\])]\\s*(?:\\^\\s*(?:\\{\\s*)?"
      + "(?:T|\\\\top|\\\\intercal|\\\\mathsf\\{T\\}|\\\\mathrm\\{T\\})(?:\\s*\\})?)?");
  private static final Pattern ENVIRONMENT = Pattern.compile("\\\\begin\\{([bpvBV]?matrix)\\}"
      + "(.*?)\\\\end\\{\\1\\}", Pattern.DOTALL);

  private NumericMatrixLiterals() {}

  /**
   * A literal's value; {@code halfUnits} has one entry per value entry (row-major);
   * {@code eitherWay}: a list, whose orientation (row or column) the text does not fix.
   */
  record Literal(DMatrixRMaj value, double[] halfUnits, boolean eitherWay) {}

  /** The literal {@code side} is (trailing punctuation aside), or null. */
  static Literal of(String side) {
    String s = side.strip().replaceAll("[.,;]\\s*$", "").strip();
    if (s.matches(NUMBER)) { // the worked-out number: a 1×1 side with its digits
      return build(List.of(List.of(s)), true);
    }
    Matcher list = LIST.matcher(s);
    if (list.matches()) {
      String[] items = list.group(1).split(",");
      return build(List.of(List.of(items)), true);
    }
    Matcher env = ENVIRONMENT.matcher(s);
    if (env.matches()) {
      List<List<String>> rows = new ArrayList<>();
      for (String row : env.group(2).strip().split("\\\\\\\\")) {
        if (!row.isBlank()) {
          rows.add(List.of(row.split("&")));
        }
      }
      return build(rows, false);
    }
    return null;
  }

  /** A list is read as one column; an environment as its rows. */
  private static Literal build(List<List<String>> rows, boolean list) {
    int width = rows.get(0).size();
    int height = list ? width : rows.size();
    int cols = list ? 1 : width;
    DMatrixRMaj m = new DMatrixRMaj(height, cols);
    double[] halves = new double[height * cols];
    int k = 0;
    for (List<String> row : rows) {
      if (row.size() != width) {
        return null;
      }
      for (String item : row) {
        String t = item.strip().replace('−', '-');
        if (!t.matches(NumberPatterns.DECIMAL_REGEX)) {
          Double exact = worked(t); // an entry worked out by hand: 1 \cdot 2 + 2 \cdot 1
          if (exact == null) {
            return null;
          }
          m.data[k] = exact;
          halves[k++] = 0;
          continue;
        }
        BigDecimal v = new BigDecimal(t);
        m.data[k] = v.doubleValue();
        halves[k++] = new BigDecimal("0.5").movePointLeft(Math.max(0, v.scale())).doubleValue()
            * (v.scale() > 0 ? 1 : 0);
      }
    }
    return new Literal(m, halves, list);
  }

  /**
   * The value of an entry written as arithmetic on whole numbers ({@code 1 \cdot 2 + 2 \cdot 1},
   * {@code 2(1) + (-1)(1)}, {@code \frac{3}{2}}), exact; null for anything with a name or a
   * decimal (a rounded input, whose rounding this reading would not allow for).
   */
  private static Double worked(String entry) {
    String t = entry.replace("\\times", "\\cdot");
    if (!t.replaceAll("\\\\(cdot|frac|dfrac|tfrac|left|right)(?![A-Za-z])", "")
        .matches("[0-9+\\-*/()\\[\\]{}\\s]+")) {
      return null;
    }
    try {
      MatrixExpr e = MatrixParser.parse(t, java.util.Map.of());
      java.util.Map<String, MatrixExpr.Kind> names = new java.util.LinkedHashMap<>();
      MatrixNames.collect(e, names);
      DMatrixRMaj v = names.isEmpty() ? MatrixValues.value(e, java.util.Map.of()) : null;
      return v == null || v.getNumElements() != 1 || !Double.isFinite(v.get(0)) ? null
          : v.get(0);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  /**
   * {@code latex} with each matrix environment of numbers in it replaced by a name of its own
   * ({@code \mathbf{Z}_{901}}, …), whose value is put in {@code values}; null where an
   * environment is not one of numbers, or the text already writes such a name.
   */
  static String named(String latex, java.util.Map<String, DMatrixRMaj> values) {
    Matcher env = ENVIRONMENT.matcher(latex);
    StringBuilder out = new StringBuilder();
    while (env.find()) {
      Literal l = of(env.group());
      String name = "Z_{" + (901 + values.size()) + "}";
      if (l == null || latex.contains("Z_{9")) {
        return null;
      }
      values.put(name, l.value());
      env.appendReplacement(out, Matcher.quoteReplacement("\\mathbf{Z}_{" + (900 + values.size())
          + "}"));
    }
    env.appendTail(out);
    return out.toString();
  }
}
