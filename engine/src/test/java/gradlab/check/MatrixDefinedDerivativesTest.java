package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A derivative with respect to a bold vector of a name defined through vectors, in a step with
 * no transpose or norm of its own ({@link MatrixDefinedDerivatives}, issue 12, miss35a):
 * {@code L = \mathbf{b}^T\mathbf{b}} then {@code \frac{\partial L}{\partial \mathbf{b}} =
 * \mathbf{b}} was "not checked: ∂L/∂b is not defined in the text", though the matrix reading
 * had read L.
 */
@Timeout(120)
class MatrixDefinedDerivativesTest extends CheckFixture {

  @Test
  void aGradientOfAnInnerProductMissingItsFactorTwoIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("factortwo.md", "$$L = \\mathbf{b}^T\\mathbf{b}$$\n\n"
        + "$$\\frac{\\partial L}{\\partial \\mathbf{b}} = \\mathbf{b}$$\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void aGradientOfAHalfSquaredNormWithItsSignSwappedIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("swappedsign.md",
        "$$L = \\frac{1}{2} \\| \\boldsymbol{x} - \\boldsymbol{c} \\|_2^2$$\n\n"
        + "$$\\frac{\\partial L}{\\partial \\boldsymbol{x}} = \\boldsymbol{c} - "
        + "\\boldsymbol{x}$$\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void trueGradientsInTheSameNotationAreUnknownNeverRefutedOrProved() {
    CheckReport r = checkMarkdown("true.md", "$$L = \\mathbf{b}^T\\mathbf{b}$$\n\n"
        + "$$\\frac{\\partial L}{\\partial \\mathbf{b}} = 2\\mathbf{b}$$\n\n"
        + "$$f = \\mathbf{x}^T\\mathbf{A}\\mathbf{x}$$\n\n"
        + "$$\\nabla_{\\mathbf{x}} f = (\\mathbf{A} + \\mathbf{A}^T)\\mathbf{x}$$\n\n"
        + "$$E = \\frac{1}{2} \\| \\boldsymbol{x} - \\boldsymbol{c} \\|^2$$\n\n"
        + "$$\\frac{\\partial E}{\\partial \\boldsymbol{c}} = \\boldsymbol{c} - "
        + "\\boldsymbol{x}$$\n\n"
        + "$$g = \\mathbf{w}^T\\mathbf{x} + b$$\n\n"
        + "$$\\frac{\\partial g}{\\partial \\mathbf{w}} = \\mathbf{x}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    for (int line : new int[] {3, 7, 11, 15}) {
      assertThat(claimOnLine(r, line).verdict()).as(r.render())
          .isInstanceOf(StepVerdict.Unknown.class);
    }
  }

  @Test
  void aGradientOfAMatrixWithAStatedSymmetryIsNotRefuted() {
    CheckReport r = checkMarkdown("symmetric.md", "Let $\\mathbf{A}$ be a symmetric matrix.\n\n"
        + "$$f = \\mathbf{x}^T\\mathbf{A}\\mathbf{x}$$\n\n"
        + "$$\\nabla_{\\mathbf{x}} f = 2\\mathbf{A}\\mathbf{x}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRidgeGradientOfACriterionNamedByAWordIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("rssword.md", "$$\\mathrm{RSS} = (\\mathbf{y} - \\mathbf{X}"
        + "\\mathbf{b})^T(\\mathbf{y} - \\mathbf{X}\\mathbf{b}) + \\lambda "
        + "\\mathbf{b}^T\\mathbf{b}$$\n\n"
        + "$$\\frac{\\partial \\mathrm{RSS}}{\\partial \\mathbf{b}} = -2\\mathbf{X}^T(\\mathbf{y}"
        + "-\\mathbf{X}\\mathbf{b}) + \\lambda\\mathbf{b}$$\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void aGradientOfALossNamedByACalligraphicLetterIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("calligraphic.md",
        "$$\\mathcal{L}_C = \\frac{1}{2} \\| \\boldsymbol{x} - \\boldsymbol{c} \\|_2^2$$\n\n"
        + "$$\\frac{\\partial \\mathcal{L}_C}{\\partial \\boldsymbol{x}} = \\boldsymbol{c} - "
        + "\\boldsymbol{x}$$\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void trueGradientsOfLossesNamedByWordsAreNotRefuted() {
    CheckReport r = checkMarkdown("wordstrue.md", "$$\\mathrm{RSS} = (\\mathbf{y} - \\mathbf{X}"
        + "\\mathbf{b})^T(\\mathbf{y} - \\mathbf{X}\\mathbf{b}) + \\lambda "
        + "\\mathbf{b}^T\\mathbf{b}$$\n\n"
        + "$$\\frac{\\partial \\mathrm{RSS}}{\\partial \\mathbf{b}} = 2\\lambda\\mathbf{b} - "
        + "2\\mathbf{X}^T"
        + "(\\mathbf{y}-\\mathbf{X}\\mathbf{b})$$\n\n"
        + "$$\\mathcal{L}_C = \\frac{1}{2} \\| \\boldsymbol{x} - \\boldsymbol{c} \\|_2^2$$\n\n"
        + "$$\\frac{\\partial \\mathcal{L}_C}{\\partial \\boldsymbol{x}} = \\boldsymbol{x} - "
        + "\\boldsymbol{c}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
  }
}
