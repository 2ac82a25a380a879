package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name the text defines by a formula of vectors ("Scores $z = Wx$", $h = \mathrm{ReLU}(W_1 x
 * + b_1)$) and later equates with numbers at stated W and x was "not checked" (the scalar
 * reading's z is a number; a list against it is "a list compared with a single value"). Its
 * definition is now worked out at the stated values, ReLU entry by entry; never at random
 * matrices, where its kink makes an identity stated for positive inputs fail.
 */
@Timeout(60)
class StatedMatrixValuesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static final String SCORES = "# Scores\n\nIn general the scores are $z = Wx$. Take "
      + "$W = \\begin{pmatrix} 1 & 2 \\end{pmatrix}$ and "
      + "$x = \\begin{pmatrix} 1 \\\\ 1 \\end{pmatrix}$.\n\nThen $z = ";

  @Test
  void aNameDefinedByAFormulaIsWorkedOutAtTheStatedValues() {
    CheckReport right = check(SCORES + "3$.\n\nNow take $x = \\begin{pmatrix} 2 \\\\ 0 "
        + "\\end{pmatrix}$. Then $z = 2$.\n");
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(2);
    CheckReport wrong = check(SCORES + "4$.\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(5);
  }

  private static final String HIDDEN = "# Hidden layer\n\nThe hidden layer is "
      + "$h = \\mathrm{ReLU}(W_1 x + b_1)$ with $W_1 = \\begin{pmatrix} 1 & 0 \\\\ 0 & 1 "
      + "\\end{pmatrix}$, $x = \\begin{pmatrix} 1 \\\\ -3 \\end{pmatrix}$, "
      + "$b_1 = \\begin{pmatrix} 0 \\\\ 0 \\end{pmatrix}$.\n\n$$h = ";

  @Test
  void anActivationOfAStatedVectorIsWorkedOutEntryByEntry() {
    CheckReport right = check(HIDDEN + "(1, 0)^T$$\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(HIDDEN + "(1, -3)^T$$\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(5);
  }

  @Test
  void aValueWorkedOutAndProvedIsUsedInTheNextStep() {
    CheckReport r = check("# Two layers\n\nLet $h = \\mathrm{ReLU}(W_1 x + b_1)$ and "
        + "$z = W_2 h$, with $W_1 = \\begin{pmatrix} 1 & -1 \\\\ 2 & 0 \\end{pmatrix}$, "
        + "$x = \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$, $b_1 = \\begin{pmatrix} 0 \\\\ 1 "
        + "\\end{pmatrix}$, $W_2 = \\begin{pmatrix} 1 & 1 \\end{pmatrix}$.\n\n"
        + "Then $h = (0, 3)^T$ and\n\n$$W_2 h = 4$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void aReluIdentityForPositiveInputsIsNeverRefutedAtRandomMatrices() {
    CheckReport r = check("# ReLU\n\nFor positive inputs the unit passes them on:\n\n"
        + "$$\\mathrm{ReLU}(\\mathbf{W}^T \\mathbf{x}) = \\mathbf{W}^T \\mathbf{x}$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }

  @Test
  void aValueStatedThroughAChainIsWorkedOutInALaterStep() {
    String given = "# Output\n\nLet $w_2 = \\begin{bmatrix} 2 \\\\ -1 \\end{bmatrix}$, "
        + "$h = \\begin{bmatrix} 0 \\\\ 1.5 \\end{bmatrix}$ and $y = 1$.\n\n"
        + "Output $\\hat{y} = w_2^T h = -1.5$.\n\n$$\\frac{\\partial L}{\\partial h} = "
        + "(\\hat{y} - y) w_2 = \\begin{bmatrix} ";
    CheckReport right = check(given + "-5 \\\\ 2.5 \\end{bmatrix}$$\n");
    assertThat(right.count(StepVerdict.Refuted.class)).as(right.render()).isZero();
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(given + "5 \\\\ -2.5 \\end{bmatrix}$$\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(7);
  }
}
