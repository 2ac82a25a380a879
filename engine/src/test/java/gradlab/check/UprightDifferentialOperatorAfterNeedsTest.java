package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The operator form of a derivative with an upright d in the denominator too
 * ({@code \frac{\mathrm{d}}{\mathrm{d}x}}, as a teacher fluent in LaTeX writes it) is a
 * derivative formula after "we need:", checked as a claim; the denominator's braces hid it
 * (user48: "The derivatives we need:" before a wrong product rule, listed as [condition]).
 */
@Timeout(120)
class UprightDifferentialOperatorAfterNeedsTest extends gradlab.symbolic.EngineFixture {

  @Test
  void aWrongProductRuleWithUprightDsAfterWeNeedIsRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, "The derivatives we need:\n\n"
        + "$$\\frac{\\mathrm{d}}{\\mathrm{d}x}\\bigl[ x^2 \\sin x \\bigr] = 2x \\sin x + x \\cos x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theRightProductRuleWithUprightDsAfterWeNeedIsProved() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, "The derivatives we need:\n\n"
        + "$$\\frac{\\mathrm{d}}{\\mathrm{d}x}\\bigl[ x^2 \\sin x \\bigr] = 2x \\sin x + x^2 \\cos x$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
