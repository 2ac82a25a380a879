package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A name set equal to a bare name the text defines nowhere ("y = a4"), later equated with a
 * formula ("y = sigma(z4)"): the text's definition of a4, not a claim for every a4. A student
 * tester's ASCII solution of the sigmoid-chain exercise had y = σ(z4) and ∂y/∂x = the chain
 * product both refuted, at a free a4.
 */
class NameSetToAnUndefinedNameTest extends CheckFixture {
  private static final String CHAIN = "a0 = x, y = a4\n\nz1 = w1*x\na1 = sigma(z1)\n"
      + "z2 = w2*a1\ny = sigma(z2)\n\n";

  private CheckReport text(String body) {
    return checkText("hw.txt", body);
  }

  @Test
  void theFormulaDefinesTheUndefinedNameAndIsNotRefuted() {
    CheckReport r = text(CHAIN + "dy/dx = sigma'(z2)*w2*sigma'(z1)*w1\n");
    assertThat(claimOnLine(r, 6).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theStepsAfterItAreCheckedAgainstTheFormula() {
    CheckReport r = text(CHAIN + "dy/dx = sigma'(z2)*w2*sigma'(z1)*w1\n");
    assertThat(claimOnLine(r, 8).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongIndexInTheChainProductIsStillRefuted() {
    CheckReport r = text(CHAIN + "dy/dx = sigma'(z2)*w2*sigma'(z2)*w1\n");
    assertThat(claimOnLine(r, 8).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aSecondDifferentFormulaForTheNowDefinedNameIsStillRefuted() {
    CheckReport r = text(CHAIN + "y = sigma(z1)\n");
    assertThat(claimOnLine(r, 8).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNameDefinedByAFormulaIsStillAClaimWhereItSharesAnInput() {
    // y = b^2 is a formula, not a bare name: y = sigma(z2) in the same b after it is a wrong step
    CheckReport r = text("y = b^2\nz2 = w2*b\ny = sigma(z2)\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aFormulaSharingNoInputIsANewMeaningAndItsWrongStepsStillFail() {
    // y = sigma(z2) in w2, x after y = b^2 has a second reading, y given a new meaning: not ✗
    // (it was refuted, and every true step in the new y after it); a wrong step in it is ✗
    CheckReport r = text("y = b^2\nz2 = w2*x\ny = sigma(z2)\ndiff(y, w2) = sigma(z2)*x\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(((StepVerdict.NotChecked) claimOnLine(r, 3).verdict()).reason()).as(r.render())
        .contains("read as a new definition of y");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(4);
    r = text("y = b^2\nz2 = w2*x\ny = sigma(z2)\ndiff(y, w2) = sigma'(z2)*x\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
