package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** Two index letters with no case stated: a failure only where they coincide is no ✗. */
class DistinctIndexLettersTest extends EngineFixture {
  private static final String SOFTMAX =
      "Let $p_i = \\dfrac{\\exp(z_i)}{\\sum_{k=1}^{K} \\exp(z_k)}$.\n\n";

  @Test
  void offDiagonalFormulaWithoutItsCaseIsNotRefutedAtTheDiagonal() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine, SOFTMAX
        + "$$\\frac{\\partial p_i}{\\partial z_j} = -p_i p_j$$\n"));
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void formulaFailingWhereTheLettersDifferIsRefutedThere() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine, SOFTMAX
        + "$$\\frac{\\partial p_i}{\\partial z_j} = p_i(1 - p_j)$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOfSatisfying(StepVerdict.Refuted.class,
        f -> assertThat(f.point().get("i")).isNotEqualTo(f.point().get("j")));
  }
}
