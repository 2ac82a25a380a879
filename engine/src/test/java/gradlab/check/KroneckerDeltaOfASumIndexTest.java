package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The softmax cross-entropy gradient written with the Kronecker delta under a Σ,
 * {@code -\sum_i y_i(\delta_{ij} - p_j)}: only a δ of two free indices was read, so once the Σ
 * was written out the step was "not checked: δ₁₁ is not defined in the text". A δ of a Σ's
 * index and another index of the step is the same indicator; a δ the text defines (Nielsen's
 * layer error) stays the text's.
 */
@Timeout(120)
class KroneckerDeltaOfASumIndexTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX = "Define the softmax\n"
      + "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^K e^{z_k}}$$\n"
      + "and the loss with a one-hot label $y$,\n"
      + "$$L = -\\sum_{i=1}^K y_i \\log p_i.$$\n\n"
      + "Since $\\frac{\\partial p_i}{\\partial z_j} = p_i(\\delta_{ij} - p_j)$,\n\n";

  private static String step(String right) {
    return SOFTMAX + "$$-\\sum_i \\frac{y_i}{p_i} \\frac{\\partial p_i}{\\partial z_j} = "
        + right + "$$\n";
  }

  @Test
  void theDeltaUnderTheSumIsReadAndTheTrueStepHolds() {
    CheckReport r = FixturePair.checkMarkdown(engine, step("-\\sum_i y_i(\\delta_{ij} - p_j)"));

    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aWrongSignBesideTheDeltaIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, step("-\\sum_i y_i(\\delta_{ij} + p_j)"));

    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(8));
  }

  @Test
  void aDeltaTheTextGivesAValueIsNotTakenForTheKroneckerDelta() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $\\delta_{ij} = 2$ for all $i, j$.\n\n"
        + step("-\\sum_i y_i(\\delta_{ij} + p_j)"));

    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
