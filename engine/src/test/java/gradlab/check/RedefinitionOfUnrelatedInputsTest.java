package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A homework that goes from a regression loss L of w₁, b₁, x, y to a softmax part
 * "p1 = e^z1/(e^z1 + e^z2), L = -log(p1)" (found by a new user): in plain text and in a LaTeX
 * the new L was refuted as a step against the old one, and the true ∂L/∂z₁ = p₁ − 1 after it
 * refuted too (left 0: the old L has no z₁). A claimed L = … in a list of definitions, using a
 * name defined on its line and sharing no input with the old L, is the name given a new
 * meaning: shown not checked with the difference, used by the steps after it, whose wrong
 * versions stay refuted. On a line of its own it
 * stays a claim (NameSetToAnUndefinedNameTest holds that).
 */
@Timeout(60)
class RedefinitionOfUnrelatedInputsTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "1. h = sigma(w1*x + b1), L = (w2*h - y)^2/2\n"
      + "   dL/dw2 = (w2*h - y)*h\n\n"
      + "2. p1 = e^z1/(e^z1 + e^z2), L = -log(p1)\n"
      + "   dL/dz1 = %s\n";
  private static final String LATEX = "Let $h = \\sigma(w x)$ and $L = (h - y)^2$.\n\n"
      + "Softmax: $p_1 = \\frac{e^{z_1}}{e^{z_1} + e^{z_2}}$ and $L = -\\log p_1$.\n\n"
      + "$$\\frac{\\partial L}{\\partial z_1} = %s$$\n";

  private static CheckReport text(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("hw.txt", typed);
  }

  private static CheckReport latex(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("hw.md", typed);
  }

  @Test
  void aPlainTextLossOfNewInputsIsANewMeaningNotAWrongStep() {
    CheckReport r = text(TEXT.formatted("p1 - 1"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("read as a new definition of L, which differs");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongGradientOfThePlainTextNewLossIsStillRefuted() {
    CheckReport r = text(TEXT.formatted("1 - p1"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void anInlineLossOfNewInputsIsANewMeaningNotAWrongStep() {
    CheckReport r = latex(LATEX.formatted("p_1 - 1"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongGradientOfTheInlineNewLossIsStillRefuted() {
    CheckReport r = latex(LATEX.formatted("1 - p_1"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void aWrongRestatementInTheSameInputsIsStillRefuted() {
    CheckReport r = text("h = sigma(w*x), L = (h - y)^2\nL = (h + y)^2\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(2));
  }
}
