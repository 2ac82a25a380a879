package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The wrong verdicts on the sixth held-out set (branch chk-corpus6), each as a tiny fixture named
 * after its defect, with the other side of each rule: d2l's "A \text{ and } B" in one display,
 * whose middle pieces were paired and refuted, and CS231n's finite difference of a function the
 * text never defines, proved with f(x) read as f·x.
 */
@Timeout(120)
class HeldOutCorpus6FixturesTest extends gradlab.symbolic.EngineFixture {

  private static final String PENALTY = "$$s = \\frac{\\lambda}{2} (a^2 + b^2)$$\n\n"
      + "$$\\frac{\\partial s}{\\partial a} = \\lambda a\n\\text{ and }\n"
      + "\\frac{\\partial s}{\\partial b} = \\lambda b$$\n";

  @Test
  void aWordAndBetweenTwoFormulasSeparatesThem() {
    // read as one chain, "λ a and ∂s/∂b = λ b" was refuted
    CheckReport r = FixturePair.checkMarkdown(engine, PENALTY);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongFormulaAfterAndIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        PENALTY.replace("= \\lambda b", "= 2 \\lambda b"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.rhs()).contains("2 \\lambda b"));
  }

  @Test
  void andHenceMakesTheSecondFormulaAConsequenceNotAClaim() {
    // X^T(Xw - y) = 0 and hence X^T y = X^T X w: neither is an identity of its own
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$2 (x w - y) = 0 \\text{ and hence } y = x w.$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aFiniteDifferenceOfAnUndefinedFunctionIsProvedAsALimitNotAsAProduct() {
    // f(x) read as f·x made both sides f: "proved: rewriting"; it holds as h → 0 only
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\frac{df(x)}{dx} = \\frac{f(x + h) - f(x - h)}{2h}$$\n");
    assertThat(r.render()).contains("read as h → 0");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theDerivativeOfAFunctionTheTextDefinesIsStillProved() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$f(x) = x^2$$\n\n$$\\frac{df(x)}{dx} = 2x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport broken = FixturePair.checkMarkdown(engine,
        "$$f(x) = x^2$$\n\n$$\\frac{df(x)}{dx} = 3x$$\n");
    assertThat(broken.firstRefuted()).as(broken.render()).isPresent();
  }

  private static final String UPDATES = "$$l = \\frac{1}{2}(w x + b - y)^2$$\n\n"
      + "$$\\begin{aligned} w & \\leftarrow w - \\eta \\frac{\\partial l}{\\partial w} && = w - \\eta x "
      + "(w x + b - y)\\\\ b &\\leftarrow b - \\eta \\frac{\\partial l}{\\partial b} && = b - \\eta "
      + "(w x + b - y). \\end{aligned}$$\n";

  @Test
  void aColumnAfterAnUpdateRuleContinuesItsOwnRow() {
    // "w − η x(w x + b − y) = b − η(w x + b − y)" was refuted: the b row's "= …" took the w
    // row's right side, and the w row's took the display before
    CheckReport r = FixturePair.checkMarkdown(engine, UPDATES);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongExpansionAfterAnUpdateRuleIsRefutedOnItsRow() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        UPDATES.replace("= b - \\eta (w x + b - y)", "= b - \\eta x (w x + b - y)"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.lhs()).startsWith("b"));
  }

  @Test
  void aWrongTermOnTheThirdLineOfADisplayIsNamedAtItsLine() {
    // d2l's log-sum-exp display: the wrong o_j − ō + log Σ… (line 4) was named at line 2
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\nx^2 - 1 =\n(x - 1)(x + 1) =\nx^2 + 1\n$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(4));
  }

  @Test
  void aChainOnOneLineIsNamedAtThatLine() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Text.\n\n$$x^2 - 1 = (x - 1)(x + 1) = x^2 + 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }
}
