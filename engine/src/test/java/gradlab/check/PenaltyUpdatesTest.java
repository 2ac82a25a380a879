package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Weight decay as d2l writes it: the objective with its penalty is a display with no name, the
 * update runs over a minibatch; the rule's terms in λ must be −η times the penalty's gradient
 * (issue 12: a planted 1 − ηλ/2 was missed).
 */
@Timeout(120)
class PenaltyUpdatesTest extends gradlab.symbolic.EngineFixture {
  private static final String OBJECTIVE = "The loss with the penalty is\n\n"
      + "$$L(\\mathbf{w}, b) + \\frac{\\lambda}{2} \\|\\mathbf{w}\\|^2,$$\n\n"
      + "The minibatch stochastic gradient descent updates follow:\n\n";
  private static final String REST = " \\mathbf{w} - \\frac{\\eta}{|\\mathcal{B}|} "
      + "\\sum_{i \\in \\mathcal{B}} \\mathbf{x}^{(i)} \\left(\\mathbf{w}^\\top \\mathbf{x}^{(i)} "
      + "+ b - y^{(i)}\\right).$$\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theDecayFactorOfTheStatedPenaltyIsProved() {
    CheckReport r = check(OBJECTIVE + "$$\\mathbf{w} \\leftarrow \\left(1- \\eta\\lambda \\right)"
        + REST);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("gradient of the penalty");
  }

  @Test
  void theHalfOfThePenaltyKeptInTheDecayFactorIsRefutedAtItsLine() {
    CheckReport r = check(OBJECTIVE + "$$\\mathbf{w} \\leftarrow \\left(1- \\frac{\\eta\\lambda}{2}"
        + " \\right)" + REST);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(7));
  }

  @Test
  void aDecayRuleWithoutAStatedPenaltyIsLeftAsAnAssignment() {
    CheckReport r = check("The updates follow:\n\n$$\\mathbf{w} \\leftarrow \\left(1- "
        + "\\frac{\\eta\\lambda}{2} \\right)" + REST);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("penalty");
  }

  @Test
  void aGradientWithItsPenaltyTermIsNoObjective() {
    CheckReport r = check("$$\\frac{\\partial C}{\\partial w} = \\frac{\\partial C_0}{\\partial w}"
        + " + \\frac{\\lambda}{n} w$$\n\nso\n\n$$w \\leftarrow \\left(1 - \\frac{\\eta \\lambda}{n}"
        + "\\right) w - \\eta \\frac{\\partial C_0}{\\partial w}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("gradient of the penalty");
  }

  @Test
  void aValueOfLambdaWhoseScopeEndedDoesNotHideTheHalvedDecay() {
    String ended = OBJECTIVE.replace("The minibatch", "For $\\lambda = 0$, we recover the "
        + "original loss. For $\\lambda > 0$, we restrict the size of $\\|\\mathbf{w}\\|$.\n\n"
        + "The minibatch");
    CheckReport wrong = check(ended + "$$\\mathbf{w} \\leftarrow \\left(1- \\frac{\\eta"
        + "\\lambda}{2} \\right)" + REST);
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(9));
    CheckReport right = check(ended + "$$\\mathbf{w} \\leftarrow \\left(1- \\eta\\lambda "
        + "\\right)" + REST);
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.render()).contains("gradient of the penalty");
  }
}
