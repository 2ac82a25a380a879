package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The matrix reading of {@code \mathbf{w} \cdot \mathbf{x}} between two column vectors (their
 * inner product, as Parr and Howard write it), of the zero vector {@code \vec{0}} and of
 * {@code \mathrm{softmax}(\mathbf{o})} of a whole vector (issue 12, chk-vec8). Before, the
 * first was "the shapes do not fit" (a matrix product of two columns) and the others were not
 * read.
 */
@Timeout(300)
class InnerProductAndSoftmaxReadingTest extends gradlab.symbolic.EngineFixture {
  private static List<StepResult> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).toList();
  }

  private static StepVerdict only(String markdown, gradlab.symbolic.SymbolicEngine engine) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    assertThat(claims(r)).as(r.render()).hasSize(1);
    return claims(r).get(0).verdict();
  }

  @Test
  void dotOfTwoColumnVectorsIsTheirInnerProduct() {
    assertThat(only("$$\\mathbf{w} \\cdot (\\mathbf{x} + \\mathbf{v}) = \\mathbf{x}^\\top "
        + "\\mathbf{w} + \\mathbf{w}^\\top \\mathbf{v}$$\n", engine))
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void dotWithAWrongSignIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $y = 1$.\n\n$$\\mathbf{w} \\cdot "
        + "(\\mathbf{x} + \\mathbf{v}) = \\mathbf{x}^\\top \\mathbf{w} - \\mathbf{w}^\\top "
        + "\\mathbf{v}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }

  @Test
  void aNumberDotAVectorScalesIt() {
    assertThat(only("$$2 \\cdot \\mathbf{x}^\\top \\mathbf{y} = \\mathbf{y}^\\top "
        + "\\mathbf{x} + \\mathbf{x}^\\top \\mathbf{y}$$\n", engine))
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void aZeroVectorAddsNothing() {
    assertThat(only("$$\\mathbf{x}^T + \\vec{0}^T = \\mathbf{x}^T$$\n", engine))
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void softmaxIsUnchangedByAShiftOfEveryComponent() {
    assertThat(only("Let $\\hat{\\mathbf{y}} = \\mathrm{softmax}(\\mathbf{o})$.\n\n$$\\mathrm"
        + "{softmax}(\\mathbf{o} + 2) = \\hat{\\mathbf{y}}$$\n", engine))
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void softmaxOfATwiceLargerVectorIsRefuted() {
    assertThat(only("Let $\\hat{\\mathbf{y}} = \\mathrm{softmax}(\\mathbf{o})$.\n\n$$\\mathrm"
        + "{softmax}(2 \\mathbf{o}) = \\hat{\\mathbf{y}}$$\n", engine))
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void softmaxOfANumberIsNotReadAndNeverRefuted() {
    assertThat(only("$$\\mathrm{softmax}(\\mathbf{q}^\\top \\mathbf{k}) = \\mathbf{q}^\\top "
        + "\\mathbf{k} + 1$$\n", engine)).isInstanceOf(StepVerdict.NotChecked.class);
  }
}
