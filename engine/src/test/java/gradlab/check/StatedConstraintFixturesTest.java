package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Constraints the text states in words (issue 12, chk-corpus): d2l's softmax derivation says
 * the label is one-hot, and its step Σ_j y_j log Σ_k exp(o_k) = log Σ_k exp(o_k) holds for
 * such labels only. Sampled as any numbers, y refuted that true step; it is now "not checked"
 * (and, as a cross-entropy's labels, also where the text does not say so).
 */
@Timeout(300)
class StatedConstraintFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String ONE_HOT = "Since $\\mathbf{y}$ is a one-hot vector of length $q$,"
      + " the sum over all its coordinates $j$ vanishes for all but one term.\n\n";
  /** d2l's step, y on both sides (so the labels are sampled). */
  private static final String SUM_OF_LABELS = "$$\\sum_{j=1}^q y_j \\log \\sum_{k=1}^q "
      + "\\exp(o_k) - \\sum_{j=1}^q y_j o_j = \\log \\sum_{k=1}^q \\exp(o_k) - "
      + "\\sum_{j=1}^q y_j o_j$$\n";

  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }

  private static StepVerdict only(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict)
        .reduce((a, b) -> {
          throw new AssertionError("more than one claim\n" + r.render());
        }).orElseThrow(() -> new AssertionError("no claim\n" + r.render()));
  }

  @Test
  void aStepTrueOnlyForTheOneHotLabelTheTextStatesIsNotRefuted() {
    CheckReport r = check(ONE_HOT + SUM_OF_LABELS);
    // written out with the one-hot label (1, 0, …), where it holds: never refuted, never proved
    assertThat(only(r)).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
    assertThat(only(r).evidence()).as(r.render()).contains("one-hot");
  }

  @Test
  void withoutTheStatementTheSameStepIsNotCheckedNamingTheCrossEntropysLabels() {
    // y_j before a log under Σ: a cross-entropy's labels, one-hot or summing to 1 unsaid
    CheckReport r = check(SUM_OF_LABELS);
    assertThat(only(r)).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(r.render()).contains("labels of a cross-entropy");
  }

  @Test
  void aSumOfNamesThatAreNoCrossEntropysLabelsIsStillRefuted() {
    CheckReport r = check("$$\\sum_{j=1}^q y_j (o_j + 1) = \\sum_{j=1}^q y_j o_j$$\n");
    assertThat(only(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void anIdentityInTheConstrainedNameIsStillProved() {
    CheckReport r = check("Let $y$ be a one-hot label.\n\n$$y (1 - y) = y - y^2$$\n");
    assertThat(only(r)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theLengthNamedAfterTheOneHotVectorIsNotConstrained() {
    CheckReport r = check(ONE_HOT + "$$q + q = 3 q$$\n");
    assertThat(only(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aProbabilityVectorNamedBeforeTheWordsIsConstrained() {
    CheckReport r = check("Whenever $p$ is a probability vector, we have\n\n$$p_1 + p_2 = 1$$\n");
    assertThat(only(r)).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
  }
}
