package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** A condition written in plain words after a display ("… $$…$$ for 0 < α < 1.") is a hypothesis. */
class ProseConditionAfterDisplayTest extends EngineFixture {

  @Test
  void leakySlopeStatedInPlainTextIsNotRefutedOutsideItsRange() {
    // f'(x) = α for x < 0 was ✗ at α = 1.68, a slope the sentence rules out
    CheckReport r = FixturePair.checkMarkdown(engine,
        "LeakyReLU with slope α: $$f(x) = \\max(\\alpha x, x)$$ for 0 < α < 1.\n\n"
            + "\\[ f'(x) = \\begin{cases} 1 & x > 0 \\\\ \\alpha & x < 0 \\end{cases} \\]\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).anyMatch(s -> "assumption".equals(s.note())
        && s.lhs().contains("alpha"));
  }

  @Test
  void wrongSlopeUnderThePlainTextConditionIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "LeakyReLU with slope α: $$f(x) = \\max(\\alpha x, x)$$ for 0 < α < 1.\n\n"
            + "For $x < 0$: $f'(x) = 2\\alpha$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void bareConditionAfterAClaimIsItsHypothesis() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\frac{d}{dx} |x| = -1$$ for x < 0.\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void conditionsOfTwoCasesInTurnGovernTheirOwnFormula() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\frac{d}{dx} |x| = 1$$ for x > 0, and $$\\frac{d}{dx} |x| = -1$$ for x < 0.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void wordsWithTwoNamesAreNoHypothesis() {
    assertThat(ProseHypotheses.in(" for a < b, and")).isEmpty();
    assertThat(ProseHypotheses.in(" for 0 < α < 1.")).singleElement()
        .satisfies(c -> assertThat(c.opens()).isTrue());
    assertThat(ProseHypotheses.in("Then, assuming x ≥ 0.5, we get")).singleElement()
        .satisfies(c -> assertThat(c.opens()).isFalse());
  }
}
