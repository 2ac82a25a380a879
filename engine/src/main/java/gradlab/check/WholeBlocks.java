package gradlab.check;

/**
 * The blocks of math read as a whole rather than row by row ({@link DisplayBlock}): definitions
 * and claims by cases, column vectors compared entry by entry, matrix displays, and a letter x
 * between two numbers (× or the variable x?).
 */
final class WholeBlocks {
  private static final java.util.regex.Pattern LETTER_X_AS_TIMES =
      java.util.regex.Pattern.compile("\\d\\s+x\\s+\\d");

  private WholeBlocks() {}

  /** Reads {@code body} if it is such a block, and says whether it was. */
  static boolean checkedInPlace(DocumentRun run, int firstLine, String body, boolean display) {
    if (body.contains("\\begin{cases}")) {
      if (display && CasesClaims.checkInPlace(run, firstLine, body)) {
        return true; // ∂/∂z max(0, z) = cases: each case a claim under its condition
      }
      if (display && RowsBeforeCases.checkInPlace(run, firstLine, body)) {
        return true; // ∂C/∂b = … = (1/N) Σ 2v ∂v/∂b = (1/N) Σ cases: the rows before the cases
      }
      boolean regions = display && run.cases.regions.define(body); // f′ case by case
      if (display && run.cases.define(body)) { // ReLU by cases: its values at numbers are read
        run.out.add(new StepResult(firstLine, body.strip().lines().findFirst().orElse("")
            .replaceAll("\\s*=.*", ""), Relation.EQUAL, "\\begin{cases} … \\end{cases}", null,
            "definition by cases: values at numbers are read"));
      } else if (display && run.intervalCases.define(body)) { // a uniform density by cases
        run.out.add(new StepResult(firstLine, body.strip().lines().findFirst().orElse("")
            .replaceAll("\\s*=.*", ""), Relation.EQUAL, "\\begin{cases} … \\end{cases}", null,
            "definition by cases: integrals over the whole line are read"));
      } else if (regions) { // smooth L1 by |x| < 1: its cases are read case by case
        run.out.add(new StepResult(firstLine, body.strip().lines().findFirst().orElse("")
            .replaceAll("\\s*=.*", ""), Relation.EQUAL, "\\begin{cases} … \\end{cases}", null,
            "definition by cases: read in claims stated under one of its conditions"));
      } else if (display) {
        run.notChecked(firstLine, body.strip().lines().findFirst().orElse(""),
            "definitions by cases");
        CaseRowLinks.checkInPlace(run, firstLine, body); // a chain inside a row: a claim
      }
      return true;
    }
    if ((display || body.contains("\\begin{")) // inline too: $\eta = [\eta_1 \\ \eta_2] = […]$
        && ColumnVectorRows.checkInPlace(run, firstLine, body, display)) {
      return true; // [g_1(x) \\ g_2(x)] = [x^2 \\ 3x]: entry by entry
    }
    if (NumericMatrixClaims.checkInPlace(run, firstLine, body, display)) {
      return true; // W = [[1, 2], [0, 1]] as a pmatrix, then W x = [3, 1]ᵀ: worked out
    }
    if (MatrixDisplays.notChecked(run, firstLine, body)) {
      return true; // [f_1(x) \\ f_2(x)] = [ln(x^2) \\ sin(3x)]: matrix rows are not the display's
    }
    if (LETTER_X_AS_TIMES.matcher(body).find()) {
      // "0.5 x 0.3 = 0.15": x typed for × between two numbers, or the variable x? (it was ✗
      // with a point x = 2 named, found by a new user)
      run.notChecked(firstLine, body.strip().lines().findFirst().orElse(""), "ambiguous: x "
          + "between two numbers may be × or the variable x; write \\times or \\cdot");
      return true;
    }
    return false;
  }
}
