package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * CS231n's softmax by hand, {@code [1, -2, 0] → [e^1, e^{-2}, e^0] = [2.71, 0.14, 1] → [0.7,
 * 0.04, 0.26]}: each arrow is a claim about the stage before under the map the prose names,
 * checked per component with the rounding (or cutting) each side writes; an arrow whose map
 * the text does not name is not checked, never refuted.
 */
@Timeout(60)
class VectorArrowChainTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX = "The softmax function would then compute:\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void softmaxStagesWrittenByHandAreProvedStageByStage() {
    CheckReport r = check(SOFTMAX + "$$[1, -2, 0] \\rightarrow [e^1, e^{-2}, e^0] = "
        + "[2.71, 0.14, 1] \\rightarrow [0.7, 0.04, 0.26]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("exponentiated, component by component")
        .contains("normalized to sum to one, component by component");
  }

  @Test
  void aWrongNormalizedComponentIsRefutedAtItsLineNamingTheComponent() {
    CheckReport r = check(SOFTMAX + "$$[1, -2, 0] \\rightarrow [e^1, e^{-2}, e^0] = "
        + "[2.71, 0.14, 1] \\rightarrow [0.7, 0.14, 0.26]$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(3);
    assertThat(r.render()).contains("component 2");
  }

  @Test
  void aWrongExponentIsRefutedInTheFormulaStage() {
    CheckReport r = check("Exponentiate:\n\n$$[1, -2, 0] \\rightarrow [e^1, e^{2}, e^0]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void oneArrowNamedSoftmaxIsTheComposition() {
    assertThat(check(SOFTMAX + "$$[1, -2, 0] \\rightarrow [0.7, 0.04, 0.26]$$\n")
        .count(StepVerdict.Proved.class)).isEqualTo(1);
    assertThat(check(SOFTMAX + "$$[1, -2, 0] \\rightarrow [0.7, 0.14, 0.26]$$\n")
        .firstRefuted()).isPresent();
  }

  @Test
  void anArrowWhoseMapIsNotNamedIsNotCheckedEvenWhereNoMapFits() {
    CheckReport r = check("Then:\n\n$$[1, -2, 0] \\rightarrow [0.9, 0.9, 0.9]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("does not say which map the arrow applies");
  }

  @Test
  void aMapNamedInAnEarlierSentenceIsNotTheDisplays() {
    CheckReport r = check("The sigmoid maps $[0, 1] \\to [0.5, 0.73]$ here. Hinge: with "
        + "$s = [13, -7, 11]$ we get\n\n$$[13, -7, 11] \\to [0, 0, 8]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("cannot read: \\to");
  }

  @Test
  void moreArrowsThanNamedMapsAreNotChecked() {
    CheckReport r = check(SOFTMAX + "$$[1, 0] \\rightarrow [2, 1] \\rightarrow [5, 5] "
        + "\\rightarrow [0.1, 0.1]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("names 2 maps for 3 arrows");
  }

  @Test
  void aValueThatOnlyCuttingExplainsIsNeitherProvedNorRefuted() {
    // e = 2.71828: 2.72 rounded (proved), 2.71 cut (not checked), 2.70 neither (refuted)
    assertThat(check("Exponentiate:\n\n$$[1, 0] \\rightarrow [2.72, 1]$$\n")
        .count(StepVerdict.Proved.class)).isEqualTo(1);
    assertThat(check("Exponentiate:\n\n$$[1, 0] \\rightarrow [2.71, 1]$$\n")
        .count(StepVerdict.NotChecked.class)).isEqualTo(1);
    assertThat(check("Exponentiate:\n\n$$[1, 0] \\rightarrow [2.70, 1]$$\n")
        .count(StepVerdict.Refuted.class)).isEqualTo(1);
  }

  @Test
  void theMapsAreReadFromTheLastSentenceThatNamesOne() {
    assertThat(StageMap.named("the unnormalized log-probabilities are [1, -2, 0]. The softmax "
        + "would then compute:")).containsExactly(StageMap.EXP, StageMap.NORMALIZE);
    assertThat(StageMap.named("We exponentiate and normalize:"))
        .containsExactly(StageMap.EXP, StageMap.NORMALIZE);
    assertThat(StageMap.named("the unnormalized scores are:")).isEmpty();
    assertThat(StageMap.named("The softmax with temperature 2 gives:")).isEmpty();
    assertThat(StageMap.named("The log-softmax gives:")).isEmpty();
  }

  @Test
  void normalizingABoxIsExactAtItsCornersAndUndefinedForNegativeComponents() {
    double[][] box = StageMap.image(List.of(StageMap.NORMALIZE), new double[] {1, 1},
        new double[] {1, 3});
    assertThat(box[0]).containsExactly(0.25, 0.5);
    assertThat(box[1]).containsExactly(0.5, 0.75);
    assertThat(StageMap.image(List.of(StageMap.NORMALIZE), new double[] {-1, 1},
        new double[] {1, 1})).isNull();
  }
}
