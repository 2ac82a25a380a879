package gradlab.check;

import java.util.regex.Pattern;

/**
 * Displays that write a matrix or a column vector ({@code bmatrix}, {@code pmatrix}, … or an
 * {@code array} inside brackets, Nielsen's {@code \left[\begin{array}{c} 2 \\ 3 \end{array}\right]}).
 * Their {@code \\} separate the matrix's rows, not the display's: split there, Parr &amp; Howard's
 * {@code [f_1(x) \\ f_2(x)] = [ln(x^2) \\ sin(3x)]} became the relations "f_2(x) = ln(x^2)" and
 * "3cos(3x) = 2/x", and a true step was refuted. Such a block (display or inline) is not
 * checked, and says why.
 */
final class MatrixDisplays {
  private static final Pattern MATRIX = Pattern.compile(
      "\\\\begin\\{(?:[bpvBV]|small)?matrix\\*?\\}"
          + "|(?:\\\\left\\s*[\\[(.]|\\\\left\\\\\\{|\\\\big[lr]?\\s*[\\[(])\\s*\\\\begin\\{array\\}");

  private MatrixDisplays() {}

  /** Whether {@code body} writes a matrix or a column vector (its rows are not the display's). */
  static boolean writesMatrix(String body) {
    return MATRIX.matcher(body).find();
  }

  /** Records a block that writes a matrix as not checked and returns true; false otherwise. */
  static boolean notChecked(DocumentRun run, int firstLine, String body) {
    if (!writesMatrix(body)) {
      return false;
    }
    java.util.regex.Matcher env = java.util.regex.Pattern.compile("\\\\begin\\{([A-Za-z]*"
        + "matrix)\\*?\\}").matcher(body); // pmatrix was reported as bmatrix (a lecturer)
    run.notChecked(firstLine, body.strip().lines().findFirst().orElse(""),
        "cannot read: matrices and column vectors (" + (env.find() ? env.group(1)
        : "an array in brackets") + ")");
    return true;
  }
}
