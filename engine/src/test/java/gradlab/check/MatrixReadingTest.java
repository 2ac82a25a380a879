package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The matrix reading ({@link MatrixSteps}, issue 12, chk-mat): steps with transposes, norms and
 * products of bold names, which the scalar reader refuses, are evaluated at random matrices of
 * shapes found by unification, at two size choices. Equal everywhere: unknown (holds at random
 * matrices), never proved; apart under every reading: refuted; shapes that do not fit or
 * readings that disagree: not checked, never refuted.
 */
@Timeout(300)
class MatrixReadingTest extends gradlab.symbolic.EngineFixture {
  private static StepVerdict step(String left, String right) {
    return MatrixSteps.check(left, Relation.EQUAL, right, Map.of(), n -> false);
  }

  @Test
  void innerProductCommutesAndHoldsAtRandomVectors() {
    StepVerdict v = step("\\mathbf{w}^\\top \\mathbf{x}", "\\mathbf{x}^{\\top}\\mathbf{w}");
    assertThat(v).isInstanceOf(StepVerdict.Unknown.class);
    assertThat(v.evidence()).contains("holds at random matrices").contains("not proved");
  }

  @Test
  void transposeOfAProductWithTheFactorsInOrderIsRefutedAtNonSquareSizes() {
    StepVerdict v = step("(\\mathbf{A}\\mathbf{B})^\\top", "\\mathbf{A}^\\top \\mathbf{B}^\\top");
    // the shapes fit only when A and B are square; the random matrices still tell them apart
    assertThat(v).as(v.evidence()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(step("(A B)^T", "B^T A^T")).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void transposeErrorInARectangularProductIsRefutedWithSizesAndEntry() {
    StepVerdict v = step("(\\mathbf{X}^\\top \\mathbf{X})^\\top \\mathbf{w}",
        "\\mathbf{X}^\\top \\mathbf{X}\\mathbf{w} + \\mathbf{X}^\\top\\mathbf{y} - "
        + "\\mathbf{X}^\\top\\mathbf{y}");
    assertThat(v).isInstanceOf(StepVerdict.Unknown.class);
    StepVerdict wrong = step("\\mathbf{X}^\\top (\\mathbf{X}\\mathbf{w} - \\mathbf{y})",
        "\\mathbf{X}^\\top \\mathbf{X}\\mathbf{w} + \\mathbf{X}^\\top\\mathbf{y}");
    assertThat(wrong).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(wrong.evidence()).contains("X 2×3").contains("X 3×2").contains("entry (");
  }

  @Test
  void squaredNormIsTheInnerProductOfAVectorWithItself() {
    assertThat(step("\\|\\mathbf{x}\\|^2", "\\mathbf{x}^\\top \\mathbf{x}"))
        .isInstanceOf(StepVerdict.Unknown.class);
    assertThat(step("\\|\\mathbf{x}\\|^2", "\\mathbf{x}^\\top \\mathbf{x} + 1"))
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void gradientOfHalfSquaredResidualIsCheckedByFiniteDifferences() {
    String loss = "\\nabla_{\\mathbf{w}} \\frac{1}{2}\\|\\mathbf{X}\\mathbf{w} - \\mathbf{y}\\|^2";
    assertThat(step(loss, "\\mathbf{X}^\\top(\\mathbf{X}\\mathbf{w} - \\mathbf{y})"))
        .isInstanceOf(StepVerdict.Unknown.class);
    assertThat(step(loss, "2\\mathbf{X}^\\top(\\mathbf{X}\\mathbf{w} - \\mathbf{y})"))
        .isInstanceOf(StepVerdict.Refuted.class);
    assertThat(step("\\partial_{\\mathbf{w}} \\|\\mathbf{y} - \\mathbf{X}\\mathbf{w}\\|^2",
        "2 \\mathbf{X}^\\top (\\mathbf{X} \\mathbf{w} - \\mathbf{y})"))
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void shapesThatDoNotFitAreNotCheckedNeverRefuted() {
    StepVerdict v = step("\\mathbf{w}^\\top \\mathbf{x}", "\\mathbf{x} \\mathbf{w}^\\top");
    assertThat(v).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(v.evidence()).contains("shapes do not fit");
  }

  @Test
  void letterThatMayBeAScalarOrAVectorGivesNoRefutationFromOneGuess() {
    // h x^T W: with h a scalar the sides agree (h commutes); with h a vector they do not fit
    StepVerdict scalar = step("h \\mathbf{W}\\mathbf{x}", "\\mathbf{W} h \\mathbf{x}");
    assertThat(scalar).isNotInstanceOf(StepVerdict.Refuted.class);
    // W a = a W: true with a a scalar; with a a vector the right side does not fit
    StepVerdict mixed = step("\\mathbf{W} a", "a \\mathbf{W}");
    assertThat(mixed).as(mixed.evidence()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void derivativeOfANameTheTextNeverDefinesThroughTheVariableIsNotRead() {
    assertThat(step("\\frac{\\partial J}{\\partial \\mathbf{W}}", "\\mathbf{h}^\\top"))
        .isNull();
  }

  @Test
  void definitionOfAVectorIsPutInForItsName() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $\\mathbf{o} = \\mathbf{W}\\mathbf{h}$.\n\n"
        + "$$\\mathbf{o}^\\top \\mathbf{o} = \\mathbf{h}^\\top\\mathbf{W}^\\top\\mathbf{W}"
        + "\\mathbf{h}$$\n\n$$\\mathbf{o}^\\top \\mathbf{o} = \\mathbf{h}^\\top\\mathbf{W}"
        + "\\mathbf{W}^\\top\\mathbf{h}$$\n");
    List<StepVerdict> claims = r.steps().stream().filter(StepResult::isClaim)
        .map(StepResult::verdict).toList();
    assertThat(claims).as(r.render()).hasSize(2);
    assertThat(claims.get(0)).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
    assertThat(claims.get(1)).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  private static List<StepVerdict> claims(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  @Test
  void stepAfterSettingTheGradientToZeroIsAConditionNotRefuted() {
    assertThat(claims("Setting the gradient equal to zero yields\n\n$$\\mathbf{X}^\\top "
        + "\\mathbf{y} = \\mathbf{X}^\\top \\mathbf{X} \\mathbf{w}$$\n")).singleElement()
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(claims("$$2 \\mathbf{X}^\\top (\\mathbf{X} \\mathbf{w} - \\mathbf{y}) = 0$$\n"))
        .singleElement().isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void wrongGradientInASentenceThatSetsItToZeroIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Taking the derivative and setting it "
        + "equal to zero yields:\n\n$$\\partial_{\\mathbf{w}} \\|\\mathbf{y} - \\mathbf{X}"
        + "\\mathbf{w}\\|^2 = \\mathbf{X}^\\top (\\mathbf{X} \\mathbf{w} - \\mathbf{y})$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void gradientOfAFormulaWrittenWithNablaIsReadInADocument() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\nabla_{\\mathbf{w}} \\frac{1}{2}"
        + "\\|\\mathbf{X}\\mathbf{w} - \\mathbf{y}\\|^2 = 2\\mathbf{X}^\\top(\\mathbf{X}"
        + "\\mathbf{w} - \\mathbf{y})$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().verdict().evidence()).contains("random matrices");
  }
}
