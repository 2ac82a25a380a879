package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A worked example with vectors and matrices of numbers (X = (1, 2)ᵀ, then XᵀX = 5; a pmatrix W,
 * then Wx = (3, 1)ᵀ) was never checked: the matrix reading draws random matrices and refuses a
 * side that is a number, and a pmatrix was not read. Where every name has a value the text
 * states, both sides are worked out: a slip is refuted at its line; a name without a stated
 * value, or a T the text gives a value, keeps the step undecided.
 */
@Timeout(60)
class NumericMatrixClaimsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static StepVerdict at(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).findFirst()
        .orElseThrow(() -> new AssertionError(r.render())).verdict();
  }

  private static final String STATED = "# Least squares, one feature\n\n"
      + "With $X = (1, 2)^T$ and $y = (1, 3)^T$:\n\n";

  @Test
  void aTransposeProductOfStatedVectorsIsWorkedOut() {
    CheckReport right = check(STATED + "$$X^T X = 5, \\quad X^T y = 7$$\n");
    assertThat(at(right, 5)).as(right.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(right.count(StepVerdict.Refuted.class)).as(right.render()).isZero();
    CheckReport wrong = check(STATED + "$$X^T y = 6$$\n");
    assertThat(at(wrong, 5)).as(wrong.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aProductWithAPmatrixIsCheckedEntryByEntry() {
    String given = "# Forward pass\n\n"
        + "Let $W = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}$ and "
        + "$x = \\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}$. Then\n\n";
    CheckReport right = check(given + "$$W x = \\begin{pmatrix} 3 \\\\ 1 \\end{pmatrix}$$\n");
    assertThat(at(right, 5)).as(right.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(given + "$$W x = \\begin{pmatrix} 3 \\\\ 2 \\end{pmatrix}$$\n");
    assertThat(at(wrong, 5)).as(wrong.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aRoundedResultIsAllowedItsDigits() {
    String given = "# Dot product\n\nLet $\\mathbf{w} = (0.5, 0.25)$ and $\\mathbf{x} = (1, 1)$.\n\n";
    CheckReport right = check(given + "$$\\mathbf{w}^T \\mathbf{x} \\approx 0.8$$\n");
    assertThat(at(right, 5)).as(right.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(given + "$$\\mathbf{w}^T \\mathbf{x} = 0.6$$\n");
    assertThat(at(wrong, 5)).as(wrong.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNameWithoutAStatedValueIsNeverRefuted() {
    CheckReport r = check("# t\n\nWith $X = (1, 2)^T$:\n\n$$X^T y = 6$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }

  @Test
  void aTransposeLetterTheTextGivesAValueIsNotReadAsATranspose() {
    CheckReport r = check("# t\n\nWith $T = 2$ and $X = (1, 2)$:\n\n$$X^T X = 6$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }

  @Test
  void aMatrixGivenANewValueIsWorkedOutWithTheNewValue() {
    CheckReport r = check("# t\n\n$$W = \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}, \\quad "
        + "x = \\begin{pmatrix} 2 \\\\ 3 \\end{pmatrix}$$\n\n"
        + "$$W = \\begin{pmatrix} 0 & 1 \\\\ 1 & 0 \\end{pmatrix}$$\n\n"
        + "$$W x = \\begin{pmatrix} 3 \\\\ 2 \\end{pmatrix}$$\n");
    assertThat(at(r, 7)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void subscriptedNamesGivenMatricesInOneDisplayAreWorkedOut() {
    CheckReport r = check("# t\n\n"
        + "$$W_1 = \\begin{bmatrix} 1 & -1 \\\\ 2 & 0 \\end{bmatrix}, \\quad "
        + "b_1 = \\begin{bmatrix} 0 \\\\ -1 \\end{bmatrix}, \\quad "
        + "x = \\begin{bmatrix} 2 \\\\ 1 \\end{bmatrix}$$\n\n"
        + "$$W_1 x + b_1 = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}$$\n");
    assertThat(at(r, 5)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void entriesWorkedOutByHandAreCheckedLinkByLink() {
    String given = "# t\n\nLet $W = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}$ and "
        + "$x = \\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}$.\n\n"
        + "$$W x = \\begin{pmatrix} 1 \\cdot 1 + 2 \\cdot 1 \\\\ 0 \\cdot 1 + 1 \\cdot 1 "
        + "\\end{pmatrix}$$\n$$= \\begin{pmatrix} 3 \\\\ ";
    CheckReport right = check(given + "1 \\end{pmatrix}$$\n");
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(2);
    CheckReport wrong = check(given + "2 \\end{pmatrix}$$\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(6);
  }

  @Test
  void anEntryWorkedOutFromRoundedDecimalsIsNotRead() {
    CheckReport r = check("# t\n\nLet $x = \\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}$.\n\n"
        + "$$0.73 x = \\begin{pmatrix} 0.73 \\cdot 1 \\\\ 0.7 \\cdot 1 \\end{pmatrix}$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }

  @Test
  void aNewNameGivenASumOfArraysTakesItsValueAndEachLinkIsChecked() {
    String given = "# t\n\nLet $W = \\begin{bmatrix} 2 & -1 \\\\ 1 & 3 \\end{bmatrix}$, "
        + "$x = \\begin{bmatrix} 1 \\\\ 2 \\end{bmatrix}$, "
        + "$b = \\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}$.\n\n"
        + "$$z = Wx + b = \\begin{bmatrix} 0 \\\\ 7 \\end{bmatrix} + "
        + "\\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}$$\n\nso $\\|z\\|^2 = ";
    CheckReport right = check(given + "36.25$.\n");
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(2);
    assertThat(right.count(StepVerdict.Refuted.class)).as(right.render()).isZero();
    CheckReport wrong = check(given + "37.25$.\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(7);
  }

  @Test
  void anOperationUndefinedForTheShapesIsNeverDecided() {
    CheckReport r = check("# t\n\nLet $W = \\begin{pmatrix} 1 & 2 \\\\ 0 & 1 \\end{pmatrix}$ and "
        + "$\\mathbf{w} = (1, -2)^T$.\n\n$$\\mathbf{w}^T W + W^2 = (1, 0)$$\n\n"
        + "$$\\mathbf{w} + \\mathbf{w}^T = (2, -4)$$\n");
    assertThat(r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict))
        .as(r.render()).noneMatch(v -> v instanceof StepVerdict.Proved
            || v instanceof StepVerdict.Refuted);
  }

  @Test
  void aVectorGivenANewValueTheReaderCannotTakeIsNoLongerUsed() {
    CheckReport r = check("# t\n\nLet $A = \\begin{pmatrix} 2 & 1 \\\\ 1 & 3 \\end{pmatrix}$.\n\n"
        + "At $\\mathbf{x} = (1, 1)$ we have\n$$A\\mathbf{x} = (3, 4)$$\n\n## Part 2\n\n"
        + "Now let $\\mathbf{x} = (1, 0)$. Then\n$$\\mathbf{x}^T A \\mathbf{x} = 2$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }

  @Test
  void aChainWithASymbolicLinkIsDecidedWhereItIsWorkedOut() {
    String given = "# Backprop\n\nLet $w_2 = \\begin{bmatrix} 0.5 \\\\ -1 \\end{bmatrix}$, "
        + "$\\hat{y} = 0.8$ and $y = 0.2$.\n\n$$\\frac{\\partial L}{\\partial h} = "
        + "(\\hat{y} - y) w_2 = \\begin{bmatrix} 0.3 \\\\ ";
    CheckReport right = check(given + "-0.6 \\end{bmatrix}$$\n");
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(1);
    CheckReport wrong = check(given + "-0.5 \\end{bmatrix}$$\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(5);
  }

  @Test
  void aNameGivenAnotherVectorOfNumbersIsNeverRefuted() {
    CheckReport r = check("# t\n\nLet $h = \\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}$.\n\n"
        + "Suppose instead $h = (1, 0)^T$.\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }
}
