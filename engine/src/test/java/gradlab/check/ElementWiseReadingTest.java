package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The element-wise reading ({@link ElementWise}, issue 12, chk-vec): d2l's RMSProp writes
 * {@code (1 - \gamma) \mathbf{g}_t \odot \mathbf{g}_t}; ⊙ was refused, so every step of the
 * EWMA expansion was "not checked". A step whose vectors meet only in ⊙, +, − and scalar
 * multiples holds for vectors iff it holds for scalars; a product of two bold names (a matrix
 * or inner product) is never read as a commuting scalar product.
 */
@Timeout(300)
class ElementWiseReadingTest extends gradlab.symbolic.EngineFixture {
  private static final String DEFINED = "Let $\\mathbf{s} = \\gamma \\mathbf{u} + (1 - \\gamma)"
      + " \\mathbf{g} \\odot \\mathbf{g}$.\n\n";

  private static List<StepVerdict> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  @Test
  void hadamardStepThatHoldsIsProvedReadElementWise() {
    CheckReport r = FixturePair.checkMarkdown(engine, DEFINED + "$$\\mathbf{s} = (1 - \\gamma) "
        + "\\mathbf{g} \\odot \\mathbf{g} + \\gamma \\mathbf{u}$$\n");
    assertThat(claims(r)).as(r.render()).singleElement().isInstanceOf(StepVerdict.Proved.class)
        .satisfies(v -> assertThat(v.evidence()).contains("read element-wise"));
  }

  @Test
  void hadamardStepWithAWrongWeightIsRefutedReadElementWise() {
    CheckReport r = FixturePair.checkMarkdown(engine, DEFINED + "$$\\mathbf{s} = (1 - \\gamma) "
        + "\\mathbf{g} \\odot \\mathbf{g} + \\mathbf{u}$$\n");
    assertThat(claims(r)).as(r.render()).singleElement().isInstanceOf(StepVerdict.Refuted.class)
        .satisfies(v -> assertThat(v.evidence()).contains("read element-wise"));
  }

  @Test
  void elementWiseDivisionAndRootAreReadComponentByComponent() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\frac{\\eta}{\\sqrt{\\mathbf{s}}} "
        + "\\odot \\mathbf{g} = \\eta \\, \\mathbf{g} \\oslash \\sqrt{\\mathbf{s}}$$\n\n"
        + "$$\\frac{\\eta}{\\sqrt{\\mathbf{s}}} \\odot \\mathbf{g} = \\eta \\, \\mathbf{g} "
        + "\\oslash \\mathbf{s}$$\n");
    assertThat(claims(r)).as(r.render()).hasSize(2);
    assertThat(claims(r).get(0)).as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class)
        .isNotInstanceOf(StepVerdict.NotChecked.class);
    assertThat(claims(r).get(1)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void matrixProductBesideHadamardIsNotCheckedNeverProvedAsScalars() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$(\\mathbf{W}\\mathbf{h}) \\odot "
        + "\\mathbf{g} = \\mathbf{g} \\odot (\\mathbf{h}\\mathbf{W})$$\n");
    assertThat(claims(r)).as(r.render()).singleElement()
        .isInstanceOf(StepVerdict.NotChecked.class)
        .satisfies(v -> assertThat(v.evidence()).contains("shapes do not fit")); // hW
  }

  @Test
  void productOfTwoBoldNamesIsNeverProvedByCommutingThem() {
    // read as matrices (MatrixSteps), WV and VW are told apart at random square matrices
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\mathbf{W} \\mathbf{V} = \\mathbf{V}"
        + " \\cdot \\mathbf{W}$$\n");
    assertThat(claims(r)).as(r.render()).singleElement()
        .isInstanceOf(StepVerdict.Refuted.class)
        .satisfies(v -> assertThat(v.evidence()).contains("at random matrices"));
  }

  @Test
  void scalarTimesBoldNameIsStillRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$2 \\mathbf{g} + \\gamma \\mathbf{g} = "
        + "(2 + \\gamma) \\mathbf{g}$$\n");
    assertThat(claims(r)).as(r.render()).singleElement().isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void derivativeBesideHadamardIsNotChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\frac{\\partial}{\\partial \\mathbf{g}}"
        + " (\\mathbf{g} \\odot \\mathbf{g}) = 2 \\mathbf{g}$$\n");
    assertThat(claims(r)).as(r.render()).singleElement()
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void definitionThroughATransposeIsListedAndTheStepsOnItAreNotChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $y = \\mathbf{w}^\\top \\mathbf{x}"
        + " + b$.\n\n$$y - b = 2 \\mathbf{w}^\\top \\mathbf{x}$$\n");
    assertThat(r.render()).contains("definition, read as vectors and matrices");
    assertThat(claims(r)).as(r.render()).singleElement()
        .isInstanceOf(StepVerdict.NotChecked.class);
  }
}
