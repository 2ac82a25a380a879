package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A derivative step naming members of a family by number (p₁, z₂ of a softmax p_k over K
 * classes) is decided with the family written out for K = 2, 3, 4: it was "not checked"
 * (p₁ taken for a free number), so a wrong log-softmax derivative went unnamed.
 */
@Timeout(120)
class NumberedFamilyMembersTest extends gradlab.symbolic.EngineFixture {
  private static final String SOFTMAX =
      "$$p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{K} e^{z_j}}$$\n\n";

  private CheckReport check(String step) throws Exception {
    return FixturePair.checkMarkdown(engine, SOFTMAX + "$$" + step + "$$\n");
  }

  @Test
  void aWrongLogSoftmaxDerivativeOfANumberedMemberIsRefuted() throws Exception {
    CheckReport r = check("\\frac{\\partial \\log p_1}{\\partial z_1} = p_1");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("K = 2");
  }

  @Test
  void aTrueLogSoftmaxDerivativeHoldsAtEverySizeWrittenOutButIsNotCalledProved()
      throws Exception {
    CheckReport r = check("\\frac{\\partial \\log p_1}{\\partial z_1} = 1 - p_1");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void aTrueCrossDerivativeOfTwoMembersIsNotRefuted() throws Exception {
    CheckReport r = check("\\frac{\\partial p_1}{\\partial z_2} = -p_1 p_2");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Unknown.class);
  }

  @Test
  void atTheSizeTheTextStatesOnlyThatSizeIsWrittenOut() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $K = 3$.\n\n" + SOFTMAX
        + "$$\\frac{\\partial p_3}{\\partial z_3} = p_3 (1 - p_1)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("K = 3, the text's value");
  }

  @Test
  void aFamilyWithConcreteBoundsHasItsNumberedMembersDefinedByItsFormula() throws Exception {
    String three = "$$p_k = \\frac{e^{z_k}}{\\sum_{j=1}^{3} e^{z_j}}$$\n\n";
    CheckReport wrong = FixturePair.checkMarkdown(engine, three
        + "$$\\frac{\\partial \\log p_1}{\\partial z_1} = p_1$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
    CheckReport right = FixturePair.checkMarkdown(engine, three
        + "$$\\frac{\\partial p_1}{\\partial z_2} = -p_1 p_2$$\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
