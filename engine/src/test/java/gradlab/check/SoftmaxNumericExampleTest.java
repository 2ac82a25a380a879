package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A softmax cross-entropy derivation's numeric example, "With $K = 2$, $z = (1, 0)$ and
 * $y = (1, 0)$: $$p_1 = \frac{e}{e+1}$$ so $$\frac{\partial L}{\partial z_1} = p_1 - 1$$": p₁'s
 * value was a new definition of p₁ as a constant (z₁ then occurred nowhere), y's members were
 * not stated (only a Σ from 1 named them) and L written out at K = 2 left the family's members
 * p₁, p₂ undefined; each made the true step "not checked".
 */
@Timeout(120)
class SoftmaxNumericExampleTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "Define the softmax\n"
      + "$$p_i = \\frac{e^{z_i}}{\\sum_{k=1}^K e^{z_k}}$$\n"
      + "and the loss with a one-hot label $y$,\n"
      + "$$L = -\\sum_{i=1}^K y_i \\log p_i.$$\n\n"
      + "With $K = 2$, $z = (1, 0)$ and $y = (1, 0)$:\n"
      + "$$p_1 = P$$\n"
      + "so\n"
      + "$$\\frac{\\partial L}{\\partial z_1} = D$$\n";

  private static CheckReport check(String p1, String derivative) {
    return FixturePair.checkMarkdown(engine, TEXT.replace("P", p1).replace("D", derivative));
  }

  @Test
  void theMembersValueAndTheGradientAtThePointAreProved() {
    CheckReport r = check("\\frac{e}{e + 1}", "p_1 - 1");

    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps().stream().filter(StepResult::isClaim)
        .filter(s -> s.line() == 7 || s.line() == 9))
        .as(r.render()).hasSize(2)
        .allMatch(s -> s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aWrongGradientAtThePointIsRefutedAtItsLine() {
    CheckReport r = check("\\frac{e}{e + 1}", "p_1 - 1 \\approx -0.731");

    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(9));
  }

  @Test
  void aWrongValueOfTheMemberIsNeverRefutedAsARestatement() {
    CheckReport r = check("\\frac{1}{e + 1}", "p_1 - 1");

    assertThat(r.steps().stream().filter(s -> s.line() == 7)
        .filter(s -> s.verdict() instanceof StepVerdict.Refuted)).as(r.render()).isEmpty();
  }
}
