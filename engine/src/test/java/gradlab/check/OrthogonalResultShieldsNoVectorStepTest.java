package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A word for a structured matrix ("symmetric", "diagonal", "orthogonal") makes a refutation by
 * the matrix reading "not checked", since the random matrices drawn are general. A step of
 * vectors and scalars alone draws no matrix: only orthogonality stated between vectors can
 * matter there. The cosine similarity's gradient ("The gradient is orthogonal to a, since …",
 * a property of the result) had kept the planted ‖a‖² for ‖a‖³ unrefuted.
 */
@Timeout(300)
class OrthogonalResultShieldsNoVectorStepTest extends gradlab.symbolic.EngineFixture {
  private static final String COSINE = "For nonzero vectors $\\mathbf{a}, \\mathbf{b}$,\n\n"
      + "$$\\nabla_{\\mathbf{a}}\\left(\\mathbf{a}^\\top\\mathbf{b}\\right) = \\mathbf{b}$$\n\n"
      + "$$\\frac{1}{\\|\\mathbf{b}\\|}\\cdot\\frac{\\|\\mathbf{a}\\|\\,\\mathbf{b} - "
      + "(\\mathbf{a}^\\top\\mathbf{b})\\,\\mathbf{a}/\\|\\mathbf{a}\\|}{\\|\\mathbf{a}\\|^2} = "
      + "\\frac{\\mathbf{b}}{\\|\\mathbf{a}\\|\\,\\|\\mathbf{b}\\|} - \\frac{\\mathbf{a}^\\top"
      + "\\mathbf{b}}{\\|\\mathbf{a}\\|^%s\\,\\|\\mathbf{b}\\|}\\,\\mathbf{a}$$\n\n"
      + "The gradient is orthogonal to $\\mathbf{a}$, since scaling $\\mathbf{a}$ does not "
      + "change the similarity.\n";

  @Test
  void wrongVectorStepIsRefutedThoughTheTextCallsAResultOrthogonal() {
    StepResult wrong = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        COSINE.formatted("2")));
    assertThat(wrong.verdict()).as(wrong.toString()).isInstanceOf(StepVerdict.Refuted.class);
    StepResult right = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        COSINE.formatted("3")));
    assertThat(right.verdict()).as(right.toString()).isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void vectorsStatedOrthogonalStillShieldAStepThatNeedsIt() {
    String pythagoras = "$$\\|\\mathbf{u} + \\mathbf{v}\\|^2 = \\|\\mathbf{u}\\|^2 + "
        + "\\|\\mathbf{v}\\|^2$$\n";
    StepResult stated = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "Let $\\mathbf{u}$ and $\\mathbf{v}$ be orthogonal.\n\n" + pythagoras));
    assertThat(stated.verdict()).as(stated.toString()).isNotInstanceOf(
        StepVerdict.Refuted.class);
    StepResult after = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        pythagoras + "\nwhenever the vectors are orthogonal.\n"));
    assertThat(after.verdict()).as(after.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aSymmetricMatrixStillShieldsAMatrixStep() {
    String step = "$$\\nabla_{\\mathbf{x}} (\\mathbf{x}^\\top \\mathbf{A} \\mathbf{x}) = "
        + "2\\mathbf{A}\\mathbf{x}$$\n";
    StepResult symmetric = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "Let $\\mathbf{A}$ be a symmetric matrix.\n\n" + step));
    assertThat(symmetric.verdict()).as(symmetric.toString()).isInstanceOf(
        StepVerdict.NotChecked.class);
    StepResult general = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "Let $\\mathbf{A}$ be a matrix.\n\n" + step));
    assertThat(general.verdict()).as(general.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void orthogonalityBetweenNamedVectorsIsReadAsAPossibleCondition() {
    assertThat(StructureWords.mayStateOrthogonalVectors(
        "Here $u$ and $v$ are orthogonal.")).isTrue();
    assertThat(StructureWords.mayStateOrthogonalVectors(
        "If the residual is orthogonal to $x$, then")).isTrue();
    assertThat(StructureWords.mayStateOrthogonalVectors("Take orthonormal vectors.")).isTrue();
    assertThat(StructureWords.mayStateOrthogonalVectors("$u \\perp v$")).isTrue();
    assertThat(StructureWords.mayStateOrthogonalVectors("u and v are orthogonal")).isTrue();
    assertThat(StructureWords.mayStateOrthogonalVectors(
        "$$x$$\n\nThe gradient is orthogonal to $a$, since $a^\\top g = 0$.")).isFalse();
  }
}
