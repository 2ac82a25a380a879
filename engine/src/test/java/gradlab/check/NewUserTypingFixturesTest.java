package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * True steps a new user typed that were ✗ (each the smallest input that showed it), and the
 * readings that now decide them.
 */
@Timeout(60)
class NewUserTypingFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void mathrmWithoutBracesIsTheDifferentialNotAFraction() {
    CheckReport r = check("$$\\frac{\\mathrm d}{\\mathrm dx}\\sigma(x)=\\sigma(x)(1-\\sigma(x))$$\n\n"
        + "$$\\frac{\\mathrm d}{\\mathrm d x} x^2 = 2x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport wrong = check("$$\\frac{\\mathrm d}{\\mathrm dx} x^2 = x$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void unicodeYHatIsTheHattedName() {
    CheckReport r = check("$L = ½(y − ŷ)²$ with $ŷ = σ(w₁x + b₁)$\n\n"
        + "$∂L/∂b₁ = (ŷ − y)·σ′(w₁x + b₁)·x$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    CheckReport right = check("$L = ½(y − ŷ)²$ with $ŷ = σ(w₁x + b₁)$\n\n"
        + "$∂L/∂b₁ = (ŷ − y)·σ′(w₁x + b₁)$\n");
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(1);
  }

  @Test
  void aCaseWrittenAfterItsFormulaIsItsHypothesis() {
    CheckReport r = check("$\\frac{d}{dx} \\mathrm{relu}(x) = 1$ for $x > 0$\n\n"
        + "$\\frac{d}{dx} \\mathrm{relu}(x) = 0$ for $x < 0$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport wrong = check("$\\frac{d}{dx} \\mathrm{relu}(x) = 0$ for $x > 0$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aForwardPassGivenAsNumbersDoesNotMakeTheTrueGradientFalse() {
    CheckReport r = check("Take $x = 1$, $w_1 = 0.5$, $w_2 = -1$, $y = 1$.\n"
        + "$z_1 = w_1 x = 0.5$, $a_1 = \\sigma(0.5) = 0.622$, $z_2 = w_2 a_1 = -0.622$, "
        + "$\\hat y = \\sigma(-0.622) = 0.349$\n"
        + "$L = \\frac12(\\hat y - y)^2$\n"
        + "$\\frac{\\partial L}{\\partial w_2} = (\\hat y - y)\\hat y(1-\\hat y)a_1$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("gives as a number");
  }

  @Test
  void aFamilyDefinedWithAFreeIndexIsNotReadAsConstantMembers() {
    CheckReport r = check("Let $p_i = \\frac{e^{z_i}}{\\sum_{j=1}^{3} e^{z_j}}$ and "
        + "$L = -\\sum_{i=1}^{3} y_i \\log p_i$.\n\n$$\\frac{\\partial L}{\\partial z_1} = p_1 - y_1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void anInlineLineOpeningWithEqualsContinuesTheLineBefore() {
    CheckReport r = check("$σ′(x) = e^{−x}/(1+e^{−x})²$\n\n$= σ(x)(1+σ(x))$\n\n"
        + "Let $f(x) = x^2$. Then $f'(x) = 2x$\n\n$= 2 x$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
  }

  @Test
  void aCorrectionOfAWrongClaimIsNotRefutedFromIt() {
    CheckReport r = check("Let $p_i = \\frac{e^{z_i}}{\\sum_{j=1}^{3} e^{z_j}}$.\n\n"
        + "$$\\frac{\\partial p_1}{\\partial z_2} = p_1 p_2$$\n\n"
        + "Oops, sign: $$\\frac{\\partial p_1}{\\partial z_2} = -p_1 p_2$$\n");
    // the wrong claim is decided itself (the family's members written out); the correction holds
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aMemberOfARecurrenceIsNotSampledAsAFreeVariable() {
    CheckReport r = check("$m_t = \\beta_1 m_{t-1} + (1-\\beta_1) g_t$, $m_0 = 0$.\n"
        + "If the gradient is constant, $g_t = g$, then $m_t = (1 - \\beta_1^t) g$, so "
        + "$\\hat m_t = \\frac{m_t}{1-\\beta_1^t} = g$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport wrong = check("$m_t = \\beta_1 m_{t-1} + (1-\\beta_1) g_t$, $m_0 = 0$.\n"
        + "If the gradient is constant, $g_t = g$, then $m_t = (1 - \\beta_1^{t+1}) g$.\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aLabelledSecondSchemeRestatesANameAsANewDefinition() {
    CheckReport r = check("Xavier (Glorot): $\\mathrm{Var}(W) = \\frac{2}{n_{in} + n_{out}}$.\n\n"
        + "He: for ReLU half the units are off so $\\mathrm{Var}(W) = \\frac{2}{n_{in}}$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("[new definition]");
  }

  @Test
  void aWrongValueAfterAStructureLabelIsStillAClaim() {
    CheckReport r = check("Let $a = 2$.\n\nSolution: so $a^2 = 5$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aDecimalWrittenOnBothSidesIsOneExactInputNotARoundedValue() {
    CheckReport r = check("$$\\tanh(0.5) = 0.5 - \\frac{0.5^3}{3}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    CheckReport right = check("$$\\sigma'(0.5) = \\sigma(0.5)(1-\\sigma(0.5))$$\n");
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(1);
  }

  @Test
  void aQuestionLabelStartsAfreshAndANewLossInProseIsANewDefinition() {
    CheckReport r = check("**Q1.** $L = \\frac12(wx - y)^2$, so $\\frac{dL}{dw} = (wx-y)x$.\n"
        + "**Q2.** Now the loss is $L = -\\log\\sigma(z)$, so $\\frac{dL}{dz} = \\sigma(z) - 1$.\n"
        + "**Q3.** For logistic regression $L = -y\\log\\sigma(z) - (1-y)\\log(1-\\sigma(z))$ "
        + "and $\\frac{dL}{dz} = \\sigma(z) - y$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
  }

  @Test
  void partBInGeneralIsNotReadAtPartAsPoint() {
    CheckReport r = check("**(a)** Take $x = 1$ and $w = 0.5$. Then $L = (wx)^2 = 0.25$.\n\n"
        + "**(b)** In general, for any $x$ and $w$:\n\n$$\\frac{d}{dw}(wx)^2 = 2wx$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aMatrixWrittenOutIsNotReadNotRefutedAsItsFirstRow() {
    CheckReport r = check("$$W = \\begin{bmatrix} 1 & 2 \\\\ 3 & 4 \\end{bmatrix}$$\n\n"
        + "$$W^2 = \\begin{bmatrix} 7 & 10 \\\\ 15 & 22 \\end{bmatrix}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("matrices and column vectors");
  }

  @Test
  void aFunctionTypedAsAPlainWordWithAPrimeIsThatFunctionsDerivative() {
    CheckReport r = check("$tanh′(x) = 1 − tanh²(x)$\n\n$softplus'(x) = σ(x)$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport wrong = check("$tanh'(x) = 1 + tanh^2(x)$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void definitionsWrittenWithDoteqOrDefOverEqualsAreDefinitions() {
    CheckReport r = check("Let $a \\doteq \\sigma(wx)$ and "
        + "$L \\stackrel{\\text{def}}{=} \\frac12(a-y)^2$.\n\n"
        + "$$\\frac{\\partial L}{\\partial w} = (a-y)a(1-a)x$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aHatTypedAsAWordIsTheHattedName() {
    CheckReport r = check("Let $z = w*x + b$, $yhat = sigmoid(z)$, $L = 0.5*(yhat - y)^2$.\n\n"
        + "$dL/dw = (yhat - y)*yhat*(1 - yhat)*x$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theArithmeticOfAnUpdateRuleIsClaimed() {
    String text = "Update with $\\eta = 0.1$ and gradient $g = 0.0339$:\n\n"
        + "$$w_1 \\leftarrow 0.5 - 0.1 \\times 0.0339 = 0.4966$$\n";
    CheckReport right = check(text);
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(1);
    CheckReport wrong = check(text.replace("0.4966", "0.4866"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void plainTextLinesReadDdxImplicationArrowsAndLabels() {
    CheckReport r = new DocumentChecker(engine, java.time.Duration.ofSeconds(8)).checkText("t",
        "d/dx tanh(x) = 1 - tanh(x)^2\n"
        + "softplus(x) = log(1+exp(x)) => d/dx softplus(x) = sigmoid(x)\n"
        + "Q3: d/dx sigmoid(x) = sigmoid(x)*(1+sigmoid(x))\n");
    // a label "wrong:" quotes the line as wrong now: not checked (FormulaQuotedAsWrongTest)
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void anXBetweenTwoNumbersIsAmbiguousNotAVariableAtThePoint() {
    CheckReport r = check("Take $x = 2$, $w = 0.5$.\n\nthen $0.5 x 0.3 = 0.15$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("ambiguous: x between two numbers");
  }
}
