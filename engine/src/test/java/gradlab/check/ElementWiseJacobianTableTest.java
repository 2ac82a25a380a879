package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Parr and Howard's table of element-wise Jacobians, {@code ∂(w ⊘ x)/∂x = diag(… −wᵢ/xᵢ² …)},
 * was "cannot read: elided terms", so a wrong entry was never found. A display of diagonal
 * Jacobians is checked through its i-th entries; ⊗ only where the text says it is element-wise.
 */
@Timeout(60)
class ElementWiseJacobianTableTest extends gradlab.symbolic.EngineFixture {
  private static final String OTIMES_SAID = "\n\nThe $\\otimes$ operator is element-wise"
      + " multiplication.\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aWrongEntryOfAnElementWiseJacobianIsRefutedAtItsLine() {
    CheckReport r = check("With respect to $\\mathbf{x}$:\n\n"
        + "$$\\frac{\\partial (\\mathbf{w \\oslash x})}{\\partial \\mathbf{x}}  =  "
        + "diag(\\ldots \\frac{-w_i}{x_i} \\ldots)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void theTablesTrueRowsAreProved() {
    CheckReport r = check("$$\\frac{\\partial (\\mathbf{w+x})}{\\partial \\mathbf{w}} = "
        + "diag(\\ldots \\frac{\\partial (w_i + x_i)}{\\partial w_i} \\ldots) = diag(\\vec{1}) = I$$"
        + "\n\n$$\\frac{\\partial (\\mathbf{w-x})}{\\partial \\mathbf{x}}  =  diag(\\ldots"
        + "\\frac{\\partial (w_i - x_i)}{\\partial x_i}\\ldots)  =  diag(-\\vec{1})  =  -I$$\n\n"
        + "$$\\frac{\\partial (\\mathbf{w} \\oslash \\mathbf{x})}{\\partial \\mathbf{x}} = "
        + "\\text{diag}\\left(\\cdots \\frac{-w_j}{x_j^2} \\cdots\\right)$$\n\n"
        + "$$\\frac{\\partial (\\mathbf{w \\otimes x})}{\\partial \\mathbf{x}}  =  diag(\\mathbf{w})$$"
        + OTIMES_SAID);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).hasSize(8)
        .allMatch(s -> s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void otimesIsReadElementWiseOnlyWhereTheTextSaysSo() {
    String wrong = "$$\\frac{\\partial (\\mathbf{w \\otimes x})}{\\partial \\mathbf{w}}  =  "
        + "diag(\\ldots 2 x_i \\ldots)$$\n";
    assertThat(check(wrong).firstRefuted()).as(check(wrong).render()).isEmpty();
    assertThat(check(wrong + OTIMES_SAID).firstRefuted()).isPresent();
  }
}
