package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CS231n's SVM gradient: a loss defined through Σ_{j≠y_i} of max(0, ·) of dot products w_j^T x_i,
 * and ∇ of it with the indicator 𝟙, written out for 2 and 3 classes in 1 and 2 dimensions and
 * compared component by component.
 */
@Timeout(60)
class DotProductGradientTest extends gradlab.symbolic.EngineFixture {
  private static final String LOSS = "For a single example:\n\n$$\nL_i = \\sum_{j\\neq y_i} "
      + "\\left[ \\max(0, w_j^Tx_i - w_{y_i}^Tx_i + \\Delta) \\right]\n$$\n\n"
      + "Taking the gradient with respect to $w_{y_i}$ we obtain:\n\n$$\n";
  private static final String RIGHT_LABEL_ROW = "\\nabla_{w_{y_i}} L_i = - \\left( "
      + "\\sum_{j\\neq y_i} \\mathbb{1}(w_j^Tx_i - w_{y_i}^Tx_i + \\Delta > 0) \\right) x_i";
  private static final String OTHER_ROWS = "\n$$\n\nFor the other rows where $j \\neq y_i $ "
      + "the gradient is:\n\n$$\n\\nabla_{w_j} L_i = \\mathbb{1}(w_j^Tx_i - w_{y_i}^Tx_i "
      + "+ \\Delta > 0) x_i\n$$\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theSvmGradientOfTheLabelRowAndOfTheOtherRowsHoldWrittenOut() {
    CheckReport r = check(LOSS + RIGHT_LABEL_ROW + OTHER_ROWS);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Unknown.class)).as(r.render()).isEqualTo(2);
    assertThat(r.render()).contains("zero at some and not at others");
  }

  @Test
  void theLabelRowWithItsSignDroppedIsRefutedAtItsLine() {
    CheckReport r = check(LOSS + RIGHT_LABEL_ROW.replace("= - \\left(", "= \\left(")
        + OTHER_ROWS);
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(10);
  }

  @Test
  void anOtherRowWithTheWrongVectorIsRefuted() {
    CheckReport r = check(LOSS + RIGHT_LABEL_ROW + OTHER_ROWS.replace("> 0) x_i", "> 0) w_j"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void anOtherRowWithoutSayingThatJIsNotTheLabelIsNotReadHere() {
    CheckReport r = check(LOSS + RIGHT_LABEL_ROW + OTHER_ROWS.replace("where $j \\neq y_i $",
        "").replace("> 0) x_i", "> 0) w_j"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void writingOutExpandsTheSumOverTheOtherClassesAndTheDotProducts() {
    assertThat(DotProductGradients.writtenOut("\\sum_{j\\neq y_i} \\max(0, w_j^Tx_i + 1)", 3,
        2, null, 0)).isEqualTo("(\\max(0, (w_{2a} x_{ia} + w_{2b} x_{ib}) + 1) + "
        + "\\max(0, (w_{3a} x_{ia} + w_{3b} x_{ib}) + 1))");
    assertThat(DotProductGradients.writtenOut("- c x_i + w_{y_i}^T x_i", 2, 2, null, 1))
        .isEqualTo("- c x_{ib} + (w_{1a} x_{ia} + w_{1b} x_{ib})");
    assertThat(DotProductGradients.writtenOut("\\sum_j w_j^T x_i + 1", 2, 1, null, 0))
        .isNull();
  }
}
