package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ∂f/∂v of a function the text defines, v a name its body uses that is no parameter
 * ({@link BodyNamePartials}), and a head whose vector parameters the body does not use
 * ({@link VectorParameterHeads}): Hadsell, Chopra and LeCun's contrastive loss ∂L/∂D_W was "not
 * defined in the text", so a wrong sign was never checked.
 */
@Timeout(60)
class PartialByABodyNameTest extends CheckFixture {
  private static CheckReport check(String markdown) {
    return checkMarkdown("t.md", markdown);
  }

  private static String contrastive(String head, String sign) {
    return "$Y = 0$ if the pair is similar and $Y = 1$ if it is dissimilar. The loss is\n\n"
        + "$$" + head + " = (1 - Y) \\frac{1}{2} (D_W)^2 + (Y) \\frac{1}{2} \\{\\max(0, m - "
        + "D_W)\\}^2$$\n\nFor $D_W < m$ the loss is differentiable in $D_W$ with\n\n"
        + "$$\\frac{\\partial L}{\\partial D_W} = (1 - Y) D_W " + sign + " Y (m - D_W)$$\n";
  }

  @Test
  void aWrongSignOfThePartialByANameOfTheBodyIsRefutedAtItsLine() {
    CheckReport r = check(contrastive("L(W, Y)", "+"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void aHeadWithVectorParametersTheBodyDoesNotUseIsAFunctionDefinition() {
    CheckReport r = check(contrastive("L(W, Y, \\vec{X}_1, \\vec{X}_2)", "+"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
  }

  @Test
  void theRightSignIsNeverRefuted() {
    CheckReport r = check(contrastive("L(W, Y, \\vec{X}_1, \\vec{X}_2)", "-"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aPartialByANameAnotherDefinitionUsesIsNotReadSo() {
    CheckReport r = check("$$u = 2 a$$\n\n$$f(x, y) = a x + u y$$\n\n"
        + "$$\\frac{\\partial f}{\\partial a} = x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aHeadWhoseBodyUsesItsVectorParameterIsNotTaken() {
    CheckReport r = check("$$g(\\mathbf{x}, c) = c x$$\n\n"
        + "$$\\frac{\\partial g}{\\partial c} = 2 x$$\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict()
        instanceof StepVerdict.Refuted && s.line() == 3);
    assertThat(r.render()).doesNotContain("[function definition]");
  }

  @Test
  void aModelsWeightDerivativeOfAOneParameterFunctionIsNotRefuted() {
    CheckReport r = check("$$f(x) = w x + b$$\n\n$$\\frac{\\partial f}{\\partial w} = x$$\n\n"
        + "$$\\frac{\\partial f}{\\partial b} = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 3
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aModelsWeightDerivativeInPlainTextIsNotRefuted() {
    CheckReport r = checkText("t.txt", "f(x) = w*x + b\ndf/dw = x\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongWeightDerivativeOfAOneParameterFunctionIsRefutedAtItsLine() {
    CheckReport r = check("$$f(x) = a x^2 + b$$\n\n$$\\frac{\\partial f}{\\partial a} = 2 x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(3);
  }
}
