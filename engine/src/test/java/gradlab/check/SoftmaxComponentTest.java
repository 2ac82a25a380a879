package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A component of the softmax of a vector ({@link SoftmaxComponents}, issue 12, chk-vec): d2l
 * ends the cross-entropy gradient with {@code … - y_j = \mathrm{softmax}(\mathbf{o})_j - y_j},
 * which was "not checked: softmax of a vector". softmax(o)_j is exp(o_j)/Σ_k exp(o_k).
 */
@Timeout(300)
class SoftmaxComponentTest extends gradlab.symbolic.EngineFixture {
  private static final String STEP = "$$\\frac{\\exp(o_j)}{\\sum_{k=1}^q \\exp(o_k)} - y_j = "
      + "\\mathrm{softmax}(\\mathbf{o})_j %s y_j$$\n";

  private static List<StepVerdict> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  @Test
  void softmaxComponentIsItsDefinitionAndHoldsForEverySizeWrittenOut() {
    CheckReport r = FixturePair.checkMarkdown(engine, STEP.formatted("-"));
    assertThat(claims(r)).as(r.render()).singleElement()
        .isInstanceOfAny(StepVerdict.Proved.class, StepVerdict.Unknown.class)
        .satisfies(v -> assertThat(v.evidence()).doesNotContain("time"));
  }

  @Test
  void softmaxComponentWithAWrongSignIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, STEP.formatted("+"));
    assertThat(claims(r)).as(r.render()).singleElement().isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void softmaxTypedPlainIsReadTheSameWay() {
    assertThat(SoftmaxComponents.expand("softmax(o)_{j} - y_j"))
        .isEqualTo("\\frac{\\exp(o_j)}{\\sum_{k} \\exp(o_k)} - y_j");
  }

  @Test
  void expansionSumsOverALetterTheFormulaDoesNotUse() {
    assertThat(SoftmaxComponents.expand("\\operatorname{softmax}(\\mathbf{o})_k + k"))
        .isEqualTo("\\frac{\\exp(o_k)}{\\sum_{m} \\exp(o_m)} + k");
  }

  @Test
  void softmaxOfAVectorWithoutAComponentIsStillNotRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\mathrm{softmax}(\\mathbf{o}) = "
        + "\\mathrm{softmax}(\\mathbf{o} + c)$$\n");
    assertThat(claims(r)).as(r.render()).singleElement()
        .isInstanceOf(StepVerdict.NotChecked.class);
  }
}
