package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Wrong steps a new user found shown as right (issue 12, chk-trust), each as its smallest
 * fixture: the wrong step is not proved, the true step beside it is not refuted.
 */
@Timeout(300)
class TrustFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(60)).checkMarkdown("t.md", markdown);
  }

  /** The verdict of the claim on {@code line} whose right side is {@code rhs}. */
  private static StepVerdict at(CheckReport r, int line, String rhs) {
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()
        && s.rhs().strip().equals(rhs)).map(StepResult::verdict).findFirst()
        .orElseThrow(() -> new AssertionError("no claim = " + rhs + " on line " + line + "\n"
            + r.render()));
  }

  private static final String COST = "$$J(w) = \\frac{1}{2}(w x - y)^2$$\n\n";

  @Test
  void aValueOfADefinedFunctionIsAClaimNotARedefinition() {
    CheckReport r = check(COST + "Take $w = 2$, $x = 1$, $y = 1$; then $J(w) = %s$.\n\n"
        .formatted("0.5") + "## General\n\n$$\\frac{dJ}{dw} = 0$$\n\n"
        + "$$\\frac{dJ}{dw} = (w x - y) x$$\n");
    assertThat(at(r, 3, "0.5")).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(at(r, 7, "0")).as(r.render()).isNotInstanceOf(StepVerdict.Proved.class);
    assertThat(at(r, 9, "(w x - y) x")).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(COST + "Take $w = 2$, $x = 1$, $y = 1$; then $J(w) = 5$.\n");
    assertThat(at(wrong, 3, "5")).as(wrong.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aFunctionWrittenAgainDifferentlyIsShownAsDefinedAnew() {
    CheckReport r = check("Let $f(x) = x^2$.\n\n$$f(x) = x \\cdot x$$\n\n$$f(x) = x^3$$\n");
    assertThat(at(r, 3, "x \\cdot x")).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 5
        && s.note().startsWith("function defined anew"));
  }

  private static final String TIED = "$$z = w x + b$$\n$$a = \\sigma(z)$$\n"
      + "$$L = \\frac{1}{2}(a - y)^2 + \\frac{\\lambda}{2} w^2$$\n\n";

  @Test
  void aDroppedTermIsNotProvedByReadingTheLocalPartial() {
    CheckReport r = check(TIED + "$$\\frac{\\partial L}{\\partial w} = \\lambda w$$\n\n"
        + "$$\\frac{\\partial L}{\\partial w} = (a - y)\\, \\sigma'(z)\\, x + \\lambda w$$\n");
    StepVerdict dropped = at(r, 5, "\\lambda w");
    assertThat(dropped).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(dropped.evidence()).contains("ambiguous", "holds", "fails");
    assertThat(at(r, 7, "(a - y)\\, \\sigma'(z)\\, x + \\lambda w")).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void partialReadingsProveOnlyWhenEveryReadingHolds() {
    StepVerdict proved = new StepVerdict.Proved("rewriting");
    StepVerdict refuted = new StepVerdict.Refuted(Map.of("x", 1.0), 1, 2, "");
    StepVerdict open = new StepVerdict.NotChecked("x is not defined in the text");
    List<String> names = List.of("local", "total");
    assertThat(PartialReadings.combine(names, List.of(proved, refuted)))
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(PartialReadings.combine(names, List.of(refuted, proved)))
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(PartialReadings.combine(names, List.of(proved, open)))
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(PartialReadings.combine(names, List.of(refuted, refuted)))
        .isInstanceOf(StepVerdict.Refuted.class);
    assertThat(PartialReadings.combine(names, List.of(proved, proved)))
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void notationReadingsProveOnlyWhenBothReadingsHold() {
    StepVerdict proved = new StepVerdict.Proved("rewriting");
    StepVerdict refuted = new StepVerdict.Refuted(Map.of("x", 1.0), 1, 2, "");
    StepVerdict open = new StepVerdict.NotChecked("neither proved nor comparable");
    assertThat(Readings.combine(open, proved, "a^L")).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(Readings.combine(proved, open, "a^L")).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(Readings.combine(refuted, proved, "a^L"))
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(Readings.combine(proved, proved, "a^L")).isInstanceOf(StepVerdict.Proved.class);
    StepVerdict undefined = new StepVerdict.NotChecked("a is not defined in the text and occurs "
        + "on one side only");
    assertThat(Readings.combine(proved, undefined, "a^L"))
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(Readings.combine(undefined, refuted, "a^L"))
        .isNotInstanceOf(StepVerdict.Refuted.class);
    assertThat(Readings.combine(refuted, refuted, "a^L"))
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  private static final String SGD = "With $\\eta = 0.1$, $\\lambda = 0.01$, $w = 2$, $x = 1$, "
      + "$y = 1$, the new weight is\n\n";

  @Test
  void aStatedLearningRateIsExactNotRounded() {
    String left = "w - \\eta\\left((w x - y)x + \\lambda w\\right)";
    CheckReport wrong = check(SGD + "$$" + left + " = 2 - 0.1 \\cdot 1.4 = 1.86$$\n");
    assertThat(at(wrong, 3, "2 - 0.1 \\cdot 1.4")).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
    assertThat(at(wrong, 3, "1.86")).as(wrong.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport right = check(SGD + "$$" + left + " = 2 - 0.1 \\cdot 1.02 = 1.898$$\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(at(right, 3, "2 - 0.1 \\cdot 1.02")).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aPointNamedInASentenceAboutOneValueIsNotAHypothesisForLaterSteps() {
    CheckReport r = check("Let $f(x) = x \\sigma(x)$. At $x = 0$ the value is $f(0) = 0$.\n\n"
        + "$$\\frac{d}{dx}\\left(x \\sigma(x)\\right) = \\sigma(x) + x \\sigma(x)$$\n\n"
        + "$$\\frac{d}{dx}\\left(x \\sigma(x)\\right) = \\sigma(x) + x \\sigma'(x)$$\n");
    assertThat(at(r, 1, "0")).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(at(r, 3, "\\sigma(x) + x \\sigma(x)")).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
    assertThat(at(r, 5, "\\sigma(x) + x \\sigma'(x)")).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void givenValuesStatedWithAResultKeepTheirScope() {
    CheckReport r = check("With $\\eta = 0.001$ and gradient $g = 2.5$, the step is "
        + "$\\eta g = 0.0025$.\n\n$$\\eta g = 0.025$$\n");
    assertThat(at(r, 1, "0.0025")).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(at(r, 3, "0.025")).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aPointScopedDerivativeIsDifferentiatedBeforeThePointIsPutIn() {
    // putting x = 1 in first would make d/dx of the constant 1 zero: 3 refuted, 0 proved
    CheckReport r = check("At $x = 1$:\n\n$$\\frac{d}{dx}(x^3) = 3$$\n\nAt $x = 1$:\n\n"
        + "$$\\frac{d}{dx}(x^3) = 0$$\n");
    StepVerdict right = at(r, 3, "3");
    assertThat(right).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(right.evidence()).contains("at x = 1");
    assertThat(at(r, 7, "0")).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void anInlineRelationIsNeverDroppedSilently() {
    CheckReport r = check(COST + "With $w = 2$, $x = 1$, $y = 1$, the gradient is "
        + "$(w x - y)x = 3$, so the step is small.\n\n"
        + "$$z_1 = w x + y$$\n\nWith $w = 2$, $x = 1$, $y = 1$: $z_1 = 3$ and $z_1 = 4$.\n");
    assertThat(at(r, 3, "3")).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(at(r, 7, "3")).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(at(r, 7, "4")).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void anApproximateIntegerAllowsForTheDigitsWritten() {
    // σ(2) ≈ 1 (0.88) rounds to 1 but is 12 % off: "≈ 1" does not say how close is meant, so it
    // is neither proved nor refuted (ApproxRoundNumbers); within 5 %, σ(5) ≈ 1 is proved
    CheckReport r = check("$$\\sigma(2) \\approx 1$$\n\n$$\\sigma(2) \\approx 2$$\n\n"
        + "$$\\sigma(0) = 1$$\n\n$$\\sigma(5) \\approx 1$$\n");
    assertThat(at(r, 1, "1")).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(at(r, 7, "1")).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(at(r, 3, "2")).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(at(r, 5, "1")).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void approxIntegerRangeIsHalfAUnitEitherSide() {
    assertThat(RoundingRange.approxInteger("1")).containsExactly(0.5, 1.5);
    assertThat(RoundingRange.approxInteger("-3")).containsExactly(-3.5, -2.5);
    assertThat(RoundingRange.approxInteger("0.9")).isNull();
    assertThat(RoundingRange.approxInteger("2 x")).isNull();
  }
}
