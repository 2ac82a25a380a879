package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CS229's logistic regression writes θᵀx inside g(·) beside the component θ_j of the same
 * vector: "cannot read: transposes", so its planted sign slip was not located. θᵀx is read as
 * Σ_k θ_k x_k ({@link InnerProductComponents}), written out for a few sizes.
 */
@Timeout(300)
class InnerProductInsideAFunctionTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "$$g(z) = \\frac{1}{1 + e^{-z}}$$\n\n"
      + "$$\\left(y \\frac{1}{g(\\theta^T x)} - (1 - y) \\frac{1}{1 - g(\\theta^T x)}\\right) "
      + "g(\\theta^T x)(1 - g(\\theta^T x)) \\frac{\\partial}{\\partial \\theta_j} \\theta^T x = "
      + "\\left(y (1 - g(\\theta^T x)) %s (1 - y) g(\\theta^T x)\\right) x_j$$\n";

  @Test
  void signSlipBesideAnInnerProductInsideGIsRefuted() {
    StepResult wrong = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        TEXT.formatted("+")));
    assertThat(wrong.verdict()).as(wrong.toString()).isInstanceOf(StepVerdict.Refuted.class);
    StepResult right = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        TEXT.formatted("-")));
    assertThat(right.verdict()).as(right.toString()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void innerProductIsWrittenAsASumOfComponents() {
    String[] w = InnerProductComponents.expand("\\frac{\\partial}{\\partial \\theta_j} "
        + "\\theta^{\\top} x", "x_j");
    assertThat(w).containsExactly("\\frac{\\partial}{\\partial \\theta_j} \\left(\\sum_{k} "
        + "\\theta_{k} x_{k}\\right)", "x_j");
  }

  @Test
  void aLetterAlsoUsedOnItsOwnOrAnotherTransposeIsLeftToTheMatrixReading() {
    // h_θ(x): θ and x would be names apart from their components
    assertThat(InnerProductComponents.expand("g(\\theta^T x) x_j", "h_\\theta(x) x_j"))
        .isNull();
    // no component named: θᵀx stays the matrix reading's
    assertThat(InnerProductComponents.expand("g(\\theta^T x)", "g(x^T \\theta)")).isNull();
    // a transpose of a bold name or a matrix product
    assertThat(InnerProductComponents.expand("\\theta^T x x_j", "\\mathbf{w}^T x_j")).isNull();
    assertThat(InnerProductComponents.expand("\\theta^T X_j", "x_j")).isNull();
    // the wrong link with h_θ(x) on one side is not refuted
    StepResult h = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "$$g(z) = \\frac{1}{1 + e^{-z}}$$\n\n$$\\left(y (1 - g(\\theta^T x)) + (1 - y) "
            + "g(\\theta^T x)\\right) x_j = (y - h_\\theta(x)) x_j$$\n"));
    assertThat(h.verdict()).as(h.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
