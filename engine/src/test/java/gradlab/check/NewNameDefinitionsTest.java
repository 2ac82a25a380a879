package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name the text introduces with a formula the reader does not take ("the scores $s_i =
 * f(x_i)$", Bishop's {@code a = \ln …} of p(x | C₁)) was an inline claim, "not checked: … not
 * defined in the text"; it is notation, shown as a new name with no verdict.
 */
@Timeout(60)
class NewNameDefinitionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static StepResult at(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line).findFirst().orElseThrow();
  }

  @Test
  void aNewNameGivenAnUnreadFormulaIsNotationNotAClaim() {
    CheckReport r = check("# t\n\nThe model computes the score $s = f(x)$ of an input.\n\n"
        + "$$a = \\ln \\frac{p(\\mathbf{x} | C_1) p(C_1)}{p(\\mathbf{x} | C_2) p(C_2)}$$\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(at(r, 3).verdict()).as(r.render()).isNull();
    assertThat(at(r, 3).note()).startsWith(NewNameDefinitions.NOTE);
    assertThat(at(r, 5).verdict()).as(r.render()).isNull();
  }

  @Test
  void aNameTheTextUsedBeforeStaysAClaim() {
    // s is a quantity of an earlier claim: "s = f(x)" may state its value, so it is no notation
    CheckReport r = check("# t\n\n$$\\frac{d}{ds} s^2 = 2 s$$\n\nso $s = f(x)$.\n");
    assertThat(at(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aNewNameGivenANumberStaysAClaimToCheckByHand() {
    // \rhd is not read; a right side without a name is a value, not a formula
    CheckReport r = check("# t\n\n$$L = 2 \\rhd 3$$\n");
    assertThat(at(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aLaterStepThroughTheUnreadNewNameIsStillNotChecked() {
    // shown as a new name, L is still recorded as defined in a way not read: dL/dw is not 0
    CheckReport r = check("# t\n\n$$L = \\underset{x}{\\max} (w x - 1)^2$$\n\n"
        + "$$\\frac{dL}{dw} = 0$$\n");
    assertThat(at(r, 3).verdict()).as(r.render()).isNull();
    assertThat(at(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
  }
}
