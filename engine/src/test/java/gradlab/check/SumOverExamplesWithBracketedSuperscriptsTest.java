package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Σ over the examples of a data set written with the example's index in a bracketed superscript,
 * {@code \sum_{i=1}^2 x^{(i)} y^{(i)}} (Géron's and the MIT 6.036 notes' notation): each term
 * was read as x^{((1))}, not the x^{(1)} the text gives a value, so the step was "not checked:
 * the left side depends on [x, y]", and the ridge estimate θ = Σ x^{(i)} y^{(i)} / (Σ (x^{(i)})²
 * + nλ) at n = 2 was never checked (held36). A wrong sum is refuted.
 */
@Timeout(120)
class SumOverExamplesWithBracketedSuperscriptsTest extends gradlab.symbolic.EngineFixture {
  private static final String POINTS = "For the points $x^{(1)} = 1$, $y^{(1)} = 3$ and "
      + "$x^{(2)} = 2$, $y^{(2)} = 5$:\n\n";

  @Test
  void aSumOverTheExamplesIsReadAtTheirValues() {
    CheckReport r = FixturePair.checkMarkdown(engine, POINTS
        + "$$\\sum_{i=1}^2 x^{(i)} y^{(i)} = 13$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongSumOverTheExamplesIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, POINTS
        + "$$\\sum_{i=1}^{2} (x^{(i)})^2 = 4$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aDefinitionThroughSumsToTheTextsSizeIsReadAtItsValues() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $\\theta = \\frac{\\sum_{i=1}^n "
        + "x^{(i)} y^{(i)}}{\\sum_{i=1}^n (x^{(i)})^2 + n\\lambda}$.\n\nWith $n = 2$, "
        + "$\\lambda = 0.5$ and the points $x^{(1)} = 1$, $y^{(1)} = 3$ and $x^{(2)} = 2$, "
        + "$y^{(2)} = 5$:\n\n$$\\theta = \\frac{1 \\cdot 3 + 2 \\cdot 5}{1^2 + 2^2 + 0.5}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
