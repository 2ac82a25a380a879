package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Vectors written out by their components ({@link WrittenOutVectors}, issue 12, chk-vec):
 * d2l's multivariate gradient descent states {@code f(\mathbf{x})=x_1^2+2x_2^2} with
 * {@code \mathbf{x} = [x_1, x_2]^\top} and {@code \nabla f(\mathbf{x}) = [2x_1, 4x_2]^\top};
 * the transposes were refused, so all three were "not checked".
 */
@Timeout(300)
class WrittenOutVectorTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "## Multivariate\n\nLet $f(\\mathbf{x})=x_1^2+2x_2^2$ with "
      + "a vector $\\mathbf{x} = [x_1, x_2]^\\top$ as input. The gradient is "
      + "$\\nabla f(\\mathbf{x}) = [%s]^\\top$.\n\n## Newton\n\nFor $f(x) = \\frac{1}{2} x^2$ we "
      + "have $\\nabla f(x) = x$.\n";

  private static List<StepResult> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).toList();
  }

  @Test
  void gradientOfAFunctionOfAWrittenOutVectorIsProvedComponentwise() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("2x_1, 4x_2"));
    assertThat(claims(r)).as(r.render()).hasSize(2).allSatisfy(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.Proved.class));
    assertThat(r.render()).contains("a vector written out");
  }

  @Test
  void wrongComponentOfTheGradientIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("2x_1, 2x_2"));
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void theVectorIsNotAQuantityInTheNextSection() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("2x_1, 4x_2"));
    assertThat(claims(r).get(1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void transposeOfAWrittenOutListIsItsComponents() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$[a + b, 2a]^\\top = [b + a, a + a]^T$$"
        + "\n\n$$[a + b, 2a]^\\top = [b + a, a]^{\\top}$$\n");
    assertThat(claims(r)).as(r.render()).hasSize(2);
    assertThat(claims(r).get(0).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claims(r).get(1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aBoldVectorThatIsNotWrittenOutIsStillNotReadInANorm() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\|\\mathbf{v}\\|_1 = \\|\\mathbf{v}\\|"
        + "$$\n");
    assertThat(claims(r)).as(r.render()).singleElement().satisfies(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.NotChecked.class));
  }

  @Test
  void gradientWithTheVectorAsSubscriptAndTheNormOfTheVectorAreReadByComponents() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $f(\\mathbf{x}) = x_1 x_2$ with "
        + "$\\mathbf{x} = [x_1, x_2]^\\top$.\n\n$$\\nabla_{\\mathbf{x}} f = [x_2, x_1]$$\n\n"
        + "$$\\|\\mathbf{x}\\|^2 = x_1^2 + x_2^2$$\n\n$$\\|\\mathbf{x}\\|^2 = x_1^2 + x_2$$\n");
    assertThat(claims(r)).as(r.render()).hasSize(3);
    assertThat(claims(r).get(0).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claims(r).get(1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claims(r).get(2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aVectorTheTextAlsoGivesValuesIsNotReadByComponents() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $f(\\mathbf{x}) = x_1 x_2$ with "
        + "$\\mathbf{x} = [x_1, x_2]^\\top$.\n\nAt $\\mathbf{x} = [3, 4]$ we get "
        + "$f(\\mathbf{x}) = 12$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("f(x_1, x_2)");
  }
}
