package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Let $s(x) = 1/(1+e^{-x})$ for $x > 0$, so $s(x) = \frac{e^x}{1 + e^x}$.": the first formula
 * is one case (not read), the restatement after "so" is taken as s's definition, and the steps
 * in s are checked through it: the true s′ = s(1 − s) is proved, a wrong s′ = s(1 + s) refuted,
 * and in a soft-sign case a wrong s′(x) = 1/(1 + x) refuted. A wrong restatement ("so $s(x) =
 * \frac{1}{1 + e^x}$") was taken silently and the true s′ = s(1 − s) after it refuted as the
 * first wrong step: it is now refuted itself, against the case for x &gt; 0, and not taken.
 */
@Timeout(120)
class RestatedCaseDefinitionAfterSoTest extends gradlab.symbolic.EngineFixture {
  private static final String SIGMOID = "Let $s(x) = 1/(1+e^{-x})$ for $x > 0$, so "
      + "$s(x) = \\frac{e^x}{1 + e^x}$.\n\n$$s'(x) = ";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theRestatementIsReadAndTheTrueStepProved() {
    CheckReport r = check(SIGMOID + "s(x)(1 - s(x))$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongStepThroughTheRestatementIsRefuted() {
    CheckReport r = check(SIGMOID + "s(x)(1 + s(x))$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
    CheckReport soft = check("Let $s(x) = x/(1 + |x|)$ for $x > 0$, so $s(x) = x/(1 + x)$.\n\n"
        + "$$s'(x) = \\frac{1}{(1 + x)^2}$$\n\n$$s'(x) = \\frac{1}{1 + x}$$\n");
    assertThat(soft.firstRefuted()).as(soft.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(5));
  }

  @Test
  void aWrongRestatementIsRefutedAgainstTheCaseAndNotTaken() {
    CheckReport r = check("Let $s(x) = 1/(1+e^{-x})$ for $x > 0$, so $s(x) = \\frac{1}{1 + e^x}$."
        + "\n\n$$s'(x) = s(x)(1 - s(x))$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(1));
    assertThat(r.steps().stream().filter(s -> s.line() == 3).allMatch(s -> !(s.verdict()
        instanceof StepVerdict.Refuted))).as(r.render()).isTrue();
  }
}
