package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Families defined by a free index and recurrences (issue 12, chk-idx5): each member is
 * defined, a step with free indices is written out for a few sizes, never proved for all.
 */
@Timeout(300)
class IndexedFamilyFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String RECURRENCE = "Let $v_0 = 0$ and\n\n"
      + "$$v_t = \\beta v_{t-1} + (1 - \\beta) g_t^2$$\n\n";
  private static final String LOGISTIC = "$$L_i = \\sum_j y_{ij} \\log(\\sigma(f_j)) + (1 - "
      + "y_{ij}) \\log(1 - \\sigma(f_j))$$\n\n";
  private static final String NO_START = "$$s_t = \\gamma s_{t-1} + (1 - \\gamma) \\mathbf{g}_t"
      + " \\odot \\mathbf{g}_t$$\n\n";
  private static final String ONE_HOT = "Since $\\mathbf{y}$ is a one-hot vector of length $q$,"
      + " the sum vanishes for all but one term.\n\n";

  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }

  private static StepVerdict last(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict)
        .reduce((a, b) -> b).orElseThrow(() -> new AssertionError("no claim\n" + r.render()));
  }

  @Test
  void closedFormOfARecurrenceFromItsStatedStartHoldsForEachSizeWithoutProof() {
    CheckReport r = check(RECURRENCE
        + "$$v_t = (1 - \\beta) \\sum_{i=1}^{t} \\beta^{t-i} g_i^2$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void closedFormWithAWrongPowerIsRefuted() {
    CheckReport r = check(RECURRENCE
        + "$$v_t = (1 - \\beta) \\sum_{i=1}^{t} \\beta^{t-i+1} g_i^2$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void recurrenceWithoutStartKeepsTheShiftedMemberFree() {
    CheckReport r = check(NO_START + "$$s_t = (1 - \\gamma)(\\mathbf{g}_t \\odot \\mathbf{g}_t"
        + " + \\gamma \\mathbf{g}_{t-1} \\odot \\mathbf{g}_{t-1}) + \\gamma^2 s_{t-2}$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void unrolledRecurrenceWithAMissingPowerIsRefuted() {
    CheckReport r = check(NO_START + "$$s_t = (1 - \\gamma)(\\mathbf{g}_t \\odot \\mathbf{g}_t"
        + " + \\gamma \\mathbf{g}_{t-1} \\odot \\mathbf{g}_{t-1}) + \\gamma s_{t-2}$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void derivativeOfOneMemberOfAFamilyWithTwoFreeIndicesIsNotRefuted() {
    CheckReport r = check(LOGISTIC + "$$\\frac{\\partial L_i}{\\partial f_j} = y_{ij} - "
        + "\\sigma(f_j)$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void derivativeOfAFamilyWithTheSignSwappedIsRefuted() {
    CheckReport r = check(LOGISTIC + "$$\\frac{\\partial L_i}{\\partial f_j} = \\sigma(f_j) - "
        + "y_{ij}$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void labelsTheTextSaysAreZeroOrOneAreTakenAsOneWhereTheSignSwapIsRefuted() {
    CheckReport r = check(LOGISTIC + "where the labels $y_{ij}$ are assumed to be either 1 "
        + "(positive) or 0 (negative): $\\partial{L_i} / \\partial{f_j} = \\sigma(f_j) - y_{ij}$.\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(last(r).evidence()).as(r.render()).contains("0 or 1");
  }

  @Test
  void softmaxDerivativeAtEqualAndDistinctIndicesIsNotRefuted() {
    CheckReport r = check("$$p_i = \\frac{\\exp(o_i)}{\\sum_k \\exp(o_k)}$$\n\n"
        + "$$\\frac{\\partial p_i}{\\partial o_j} = p_i (\\delta_{ij} - p_j)$$\n");
    assertThat(last(r)).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aSignErrorIsRefutedAtTheOneHotLabelTheTextStates() {
    CheckReport r = check(ONE_HOT + "$$- \\sum_{j=1}^q y_j \\log \\frac{\\exp(o_j)}"
        + "{\\sum_{k=1}^q \\exp(o_k)} = \\sum_{j=1}^q y_j \\log \\sum_{k=1}^q \\exp(o_k) + "
        + "\\sum_{j=1}^q y_j o_j$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(last(r).evidence()).as(r.render()).contains("one-hot");
  }

  @Test
  void productWhoseLowerBoundIsTheOuterIndexIsWrittenOut() {
    CheckReport r = check("$$\\sum_{i=1}^{2} \\prod_{j=i+1}^{3} c_j = c_2 c_3 + c_3$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void sumOverAPrimedIndexWithConcreteBoundsIsRead() {
    CheckReport r = check("$$\\sum_{y'=0}^{1} \\exp(y' z) = 1 + \\exp(z)$$\n");
    assertThat(last(r)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
