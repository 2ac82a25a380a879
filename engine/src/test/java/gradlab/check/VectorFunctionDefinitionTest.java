package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Functions of vectors the text defines ({@link MatrixFunctionHeads}, issue 12, chk-vec8): d2l
 * writes {@code f(\mathbf{x}) = \frac{1}{2}\mathbf{x}^\top\mathbf{Q}\mathbf{x} + …} and
 * {@code a(\mathbf{q}, \mathbf{k}_i) = -\frac{1}{2}\|\mathbf{q} - \mathbf{k}_i\|^2 = …}; the
 * heads were read as pairs and the bodies refused, so every step through them was "not
 * checked".
 */
@Timeout(300)
class VectorFunctionDefinitionTest extends gradlab.symbolic.EngineFixture {
  private static final String ATTENTION = "Let's review the attention function:\n\n$$a(\\mathbf{q},"
      + " \\mathbf{k}_i) = -\\frac{1}{2} \\|\\mathbf{q} - \\mathbf{k}_i\\|^2 = \\mathbf{q}^\\top "
      + "\\mathbf{k}_i %s\\frac{1}{2} \\|\\mathbf{k}_i\\|^2 -\\frac{1}{2} \\|\\mathbf{q}\\|^2.$$\n";
  private static final String QUADRATIC = "Minimize $f(\\mathbf{x}) = \\frac{1}{2} \\mathbf{x}"
      + "^\\top \\mathbf{Q} \\mathbf{x} + \\mathbf{c}^\\top \\mathbf{x}$.\n\nThen\n\n$$"
      + "\\partial_{\\mathbf{x}} f(\\mathbf{x}) = %s$$\n";

  private static List<StepResult> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).toList();
  }

  @Test
  void expandedSquaredDistanceOfADefinedFunctionHoldsAtRandomVectors() {
    CheckReport r = FixturePair.checkMarkdown(engine, ATTENTION.formatted("-"));
    assertThat(claims(r)).as(r.render()).singleElement().satisfies(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.Unknown.class));
    assertThat(r.render()).contains("[definition, read as vectors and matrices]");
  }

  @Test
  void expandedSquaredDistanceWithAWrongSignIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, ATTENTION.formatted("+"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
  }

  @Test
  void gradientOfAQuadraticFormFunctionHoldsForAGeneralMatrix() {
    CheckReport r = FixturePair.checkMarkdown(engine, QUADRATIC.formatted("\\frac{1}{2}"
        + "(\\mathbf{Q} + \\mathbf{Q}^\\top) \\mathbf{x} + \\mathbf{c}"));
    assertThat(claims(r)).as(r.render()).singleElement().satisfies(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.Unknown.class));
  }

  @Test
  void gradientOfAQuadraticFormWithoutItsTransposeIsRefutedForAGeneralMatrix() {
    CheckReport r = FixturePair.checkMarkdown(engine, QUADRATIC.formatted("\\mathbf{Q} "
        + "\\mathbf{x} + \\mathbf{c}"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }

  @Test
  void gradientWithoutTheTransposeIsNotRefutedWhereTheTextSaysTheMatrixIsDiagonal() {
    CheckReport r = FixturePair.checkMarkdown(engine, QUADRATIC.formatted("\\mathbf{Q} "
        + "\\mathbf{x} + \\mathbf{c}") + "\nHere $\\mathbf{Q}$ is a diagonal matrix.\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }

  @Test
  void aFunctionAppliedToAnotherVectorIsItsBodyThere() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $g(\\mathbf{v}) = \\|\\mathbf{v}\\|^2"
        + "$.\n\n$$g(\\mathbf{u} - \\mathbf{w}) = \\|\\mathbf{u}\\|^2 - 2\\mathbf{u}^\\top"
        + "\\mathbf{w} + \\|\\mathbf{w}\\|^2$$\n\n$$g(\\mathbf{u} - \\mathbf{w}) = \\|\\mathbf{u}"
        + "\\|^2 + \\|\\mathbf{w}\\|^2$$\n");
    assertThat(claims(r)).as(r.render()).hasSize(2);
    assertThat(claims(r).get(0).verdict()).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
    assertThat(claims(r).get(1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theSigmoidOfAVectorIsNeverDefinedAnew() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\sigma(\\mathbf{z}) = \\frac{1}{1 + "
        + "\\exp(-\\mathbf{z}) + \\mathbf{z}^\\top\\mathbf{z}}$$\n");
    assertThat(r.render()).doesNotContain("read as vectors and matrices");
  }

  @Test
  void aBodyThatIsNotReadStillDefinesTheFunctionAndNothingThroughItIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$L(\\mathbf{w}, b) = \\frac{1}{n}"
        + "\\sum_{i=1}^n \\frac{1}{2}\\left(\\mathbf{w}^\\top \\mathbf{x}^{(i)} + b - y^{(i)}"
        + "\\right)^2$$\n\n$$L(\\mathbf{w}, b) = \\|\\mathbf{w}\\|^2$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
    assertThat(r.render()).contains("not read");
  }
}
