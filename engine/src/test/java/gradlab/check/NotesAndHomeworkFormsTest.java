package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * True steps that were ✗, found by a student tester and a lecturer tester (2026-12-01): each
 * input is the smallest that showed it; each wrong twin must still be refuted.
 */
@Timeout(60)
class NotesAndHomeworkFormsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void digitsGroupedByAThinSpaceAreOneNumber() {
    CheckReport r = check("With $n = 100\\,000$ examples and $\\eta = 10^{-5}$: $n \\eta = 1$.\n\n"
        + "$$100\\,000 \\cdot 10^{-5} = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(check("$$60\\,000 \\cdot 10^{-4} = 7$$\n").firstRefuted()).isPresent();
  }

  @Test
  void aPercentageAfterApproxIsRoundedToItsDigits() {
    assertThat(check("The output is $\\sigma(0.5) \\approx 62\\%$.\n").count(
        StepVerdict.Proved.class)).isEqualTo(1);
    assertThat(check("The output is $\\sigma(0.5) \\approx 64\\%$.\n").firstRefuted())
        .isPresent();
  }

  @Test
  void aValueComputedForAPartialIsCarriedAfterTheForwardPassIsWritten() {
    CheckReport r = check("Input $x = 1$, weight $w = 0.5$, bias $b = 0$, target $y = 1$, loss "
        + "$L = \\frac{1}{2}(a - y)^2$ with $a = \\sigma(z)$, $z = wx + b$.\n"
        + "- $z = 0.5 \\cdot 1 + 0 = 0.5$\n"
        + "- $a = \\sigma(0.5) \\approx 0.62$\n"
        + "- $\\frac{\\partial L}{\\partial a} = a - y \\approx -0.38$\n"
        + "- $\\sigma'(z) = a(1-a) \\approx 0.62 \\cdot 0.38 \\approx 0.236$\n"
        + "- $\\frac{\\partial L}{\\partial z} \\approx -0.38 \\cdot 0.236 \\approx -0.0897$\n"
        + "- $\\frac{\\partial L}{\\partial w} = \\frac{\\partial L}{\\partial z} \\cdot x "
        + "\\approx -0.0897$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aRowStartingWithAnOperatorContinuesTheRowBefore() {
    CheckReport r = check("\\begin{multline}\n\\frac{d}{dx}\\left(x^2 e^{x}\\right) = 2x e^{x} "
        + "\\\\\n+ x^2 e^{x}\n\\end{multline}\n\n\\begin{align}\n\\frac{d}{dx}\\left(x^2 e^{x} + "
        + "\\sin x\\right) &= 2x e^{x} + x^2 e^{x} \\\\\n&\\quad + \\cos x\n\\end{align}\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(check("\\begin{multline}\n\\frac{d}{dx}\\left(x^2 e^{x}\\right) = 2x e^{x} "
        + "\\\\\n- x^2 e^{x}\n\\end{multline}\n").firstRefuted()).isPresent();
  }

  @Test
  void aBareSplitEnvironmentIsRead() {
    CheckReport r = check("Let $z = w x + b$, $a = \\sigma(z)$ and $E = \\frac{1}{2}(t - a)^2$.\n\n"
        + "\\begin{split}\n\\frac{\\partial E}{\\partial w} &= (t - a)\\, a (1 - a)\\, x\n"
        + "\\end{split}\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void sigmaDifferentiatedAgainstIsANumber() {
    CheckReport r = check("Let $z = \\mu + \\sigma \\epsilon$ with $\\epsilon \\sim "
        + "\\mathcal{N}(0, 1)$.\n\n$$\\frac{\\partial z}{\\partial \\sigma} = \\epsilon$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aMatrixTheTextCallsSymmetricIsNotRefutedAtRandomMatrices() {
    String step = "$$\\frac{\\partial}{\\partial \\mathbf{w}}\\, \\mathbf{w}^\\top \\mathbf{A} "
        + "\\mathbf{w} = 2\\mathbf{A}\\mathbf{w}$$\n";
    CheckReport r = check("Let $\\mathbf{A}$ be a symmetric matrix. Then\n\n" + step);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(check("Let $\\mathbf{A}$ be a matrix. Then\n\n" + step).firstRefuted())
        .isPresent();
  }

  @Test
  void eNotationWithAnUprightEIsAPowerOfTen() {
    CheckReport r = check("The step is $1.5\\text{e}{-3} \\cdot 2 = 0.003$ and "
        + "$1.5\\mathrm{e}-3 \\cdot 2 = 0.003$, but $2\\mathrm{e} - 3 \\approx 2.44$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
    assertThat(check("$1.5\\mathrm{e}{-3} \\cdot 2 = 0.03$\n").firstRefuted()).isPresent();
  }

  @Test
  void aBernoulliMaskHasMeanP() {
    CheckReport r = check("After $n = 10$ layers the factor is tiny.\n\nWith keep probability $p$, "
        + "$\\tilde h = \\frac{m}{p} h$ where $m \\sim \\text{Bernoulli}(p)$, so "
        + "$\\mathbb{E}[\\tilde h] = \\frac{\\mathbb{E}[m]}{p} h = \\frac{p}{p} h = h$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport wrong = check("Let $m \\sim \\mathrm{Bernoulli}(p)$ be the keep mask, so "
        + "$\\mathbb{E}[m] = 1 - p$.\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void rowSpacingAfterALineBreakIsNotAFactor() {
    CheckReport r = check("Let $p = 0.8$ and $t = 1$.\n\n$$\\begin{aligned}\n\\frac{1}{p} &= 1.25"
        + " \\\\[4pt]\n\\frac{2}{p} &= 2.5\n\\end{aligned}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void digitsGroupedByAPlainSpaceAreOneNumber() {
    assertThat(check("$$60 000 / 100 = 600$$\n").count(StepVerdict.Proved.class)).isEqualTo(1);
  }

  @Test
  void aPowerTooLargeToEvaluateIsNotCheckedAtOnce() {
    CheckReport r = check("$$\\log((1/2)^{1000000000}) = 1000000000\\cdot\\log(1/2)$$\n");
    assertThat(r.render()).contains("an exponent of a million or more");
  }

  @Test
  void aNameGivenANumberAgainTakesTheNewValue() {
    CheckReport r = check("Step 1: $g = 2(0 - 3) = -6$, new weight $w = 0 + 0.6 = 0.6$.\n\n"
        + "Step 2: $g = 2(0.6 - 3) = -4.8$, new weight $w = 0.6 + 0.48 = 1.08$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("a new value of g (it was -6)");
    assertThat(check("$g = 2(0 - 3) = -6$ and then $g = 2(0.6 - 3) = -4.9$.\n").firstRefuted())
        .isPresent();
  }

  @Test
  void amsmathsEmptyGroupAfterTheRelationIsRead() {
    CheckReport r = check("$$\n\\begin{aligned}\n\\frac{d}{dx}\\left(x^2 \\sigma(x)\\right) = {}& "
        + "2x\\,\\sigma(x) \\\\\n& + x^2 \\sigma(x)(1 - \\sigma(x))\n\\end{aligned}\n$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aBracedCommaBeforeThreeDigitsIsNeitherADecimalNorRefuted() {
    CheckReport r = check("Steps per epoch: $$\\frac{60{,}000}{100} = 600$$\n\nAnd $0{,}5 \\cdot 4 = 2$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("a thousands separator or a decimal comma?");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aStepsOwnDefinitionIsNotAValueComputedBefore() {
    CheckReport r = check("$$r = \\frac{0.075}{0.19} \\approx 0.38$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    assertThat(r.render()).doesNotContain("computed before");
  }

  @Test
  void aResultRestatedAfterItsRoundedChainIsNotRefutedThere() {
    String chain = "At $z = 2$: $\\sigma(2) \\approx 0.88$, so\n\n$$\\sigma'(2) = "
        + "\\sigma(2)(1 - \\sigma(2)) \\approx 0.88 \\times 0.12 \\approx 0.106$$\n\n";
    CheckReport r = check(chain + "Hence the local gradient is $\\sigma'(2) \\approx 0.106$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("restates the result of line 3");
    assertThat(check(chain + "Hence $\\sigma'(2) \\approx 0.12$.\n").firstRefuted()).isPresent();
  }

  @Test
  void aFunctionTheTextDoesNotDefineIsNamedAsTheTextWritesIt() {
    CheckReport r = check("Let $q = \\mathcal{N}(\\mu, \\sigma^2)$.\n");
    assertThat(r.render()).contains("a function the text does not define: N(…)")
        .doesNotContain("capn").doesNotContain("?name");
  }
}
