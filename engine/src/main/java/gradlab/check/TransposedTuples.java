package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A tuple written transposed, {@code (2 x_1, 3)^{\top}}, {@code (2, 1)^{\mathrm{T}}},
 * {@code (0.8, -0.3)^\top} (Goodfellow's and Bishop's column vectors): a transposed pair is a
 * column vector and nothing else (no point, interval or inner product is transposed), so it is
 * read as the vector written out, as {@code [x_1, x_2]^\top} already was. It was "cannot read:
 * pairs (a, b)", and each step that wrote a gradient or an update this way was not checked.
 *
 * <p>Only where the transpose ends the operand (the end of the side, or a relation, a sign, a
 * closing bracket, punctuation after it): {@code (a, b)^\top \mathbf{w}} is an inner product
 * with a vector the checker may not have written out, which the list reading would take
 * componentwise, so it keeps its refusal. A plain {@code T} is a transpose only where the text
 * gives no T a value (as for any bracket, {@link LatexReader}). Stateless.
 */
final class TransposedTuples {
  private static final Pattern UPRIGHT_T = Pattern.compile("\\{?\\s*\\\\(?:mathrm|rm|text|"
      + "textrm|mathsf|operatorname)\\s*\\{?\\s*T\\s*\\}?\\s*\\}?(?![A-Za-z])");
  /** What may follow the column vector: nothing it could multiply. */
  private static final Pattern ENDS = Pattern.compile("\\s*(?:$|[=+\\-),.;&<>\\]}]|\\\\(?:quad"
      + "|qquad|tag|text|right|end|approx|neq|le|ge|leq|geq|[,;!\\\\])(?![A-Za-z]))");

  private TransposedTuples() {}

  /**
   * The vector {a, b, …} of a tuple whose items {@code inner} (read) the reader has just closed,
   * with the transpose after it passed, or null (the cursor unmoved) where no transpose that
   * ends the operand follows.
   */
  static String column(LatexReader r, String inner) {
    LatexCursor c = r.cursor();
    int save = c.position();
    if (c.peek() != '^') {
      return null;
    }
    c.advance();
    Matcher upright = UPRIGHT_T.matcher(c.rest());
    int length;
    if (upright.lookingAt()) {
      length = upright.end();
    } else {
      String mark = LatexVectors.transposeAt(c);
      boolean plainT = mark != null && (mark.equals("T") || mark.equals("{T}"));
      if (mark == null || plainT && r.reading().variables().contains(LatexNames.safe("T"))) {
        c.reset(save);
        return null;
      }
      length = mark.length();
    }
    if (!ENDS.matcher(c.rest().substring(length)).lookingAt()) {
      c.reset(save);
      return null;
    }
    c.advance(length);
    return LatexVectors.list(inner);
  }
}
