package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A member of a family at a shifted letter index (δ_{t+1} of the TD error δ_t, GAE's telescoping
 * sum) was "not defined in the text", so a wrong power of γ in the two-term sum was never
 * located. The member is now its family's formula moved by the shift ({@link ShiftedMembers}).
 */
@Timeout(120)
class ShiftedFamilyMembersTest extends gradlab.symbolic.EngineFixture {
  private static final String TD_ERROR = "# GAE\n\n"
      + "$$\\delta_t = r_t + \\gamma V(s_{t+1}) - V(s_t)$$\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aTwoTermTdSumWithTheWrongPowerOfGammaIsRefutedAtItsLine() {
    CheckReport r = check(TD_ERROR + "$$\\delta_t + \\gamma \\delta_{t+1} = r_t + \\gamma r_{t+1}"
        + " + \\gamma V(s_{t+2}) - V(s_t)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void theTrueTwoTermTdSumIsProved() {
    CheckReport r = check(TD_ERROR + "$$\\delta_t + \\gamma \\delta_{t+1} = r_t + \\gamma r_{t+1}"
        + " + \\gamma^2 V(s_{t+2}) - V(s_t)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aMemberOneStepBackIsItsFormulaMovedBack() {
    CheckReport r = check(TD_ERROR + "$$\\gamma \\delta_{t-1} = \\gamma r_{t-1} + \\gamma^2 V(s_t)"
        + " - \\gamma V(s_{t-1})$$\n\n$$\\gamma \\delta_{t-1} = \\gamma r_{t-1} + \\gamma V(s_t)"
        + " - \\gamma V(s_{t-1})$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).as(r.render()).isEqualTo(7);
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aReturnDefinedThroughItsNextMemberIsWrittenOutOneStepAndProved() {
    // Sutton and Barto's (6.6): written out at every shift at once, G_{t+2} never met G_{t+3}
    CheckReport r = check("# TD\n\n$$\\delta_t = R_{t+1} + \\gamma V(S_{t+1}) - V(S_t)$$\n\n"
        + "using $G_t = R_{t+1} + \\gamma G_{t+1}$:\n\n$$\\delta_t + \\gamma \\left( G_{t+1} - "
        + "V(S_{t+1}) \\right) = \\delta_t + \\gamma \\delta_{t+1} + \\gamma^2 \\left( G_{t+2} - "
        + "V(S_{t+2}) \\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aFamilyThatUsesItsLetterAsAPowerIsNotWrittenOut() {
    // moved in its subscripts only, d_{t+1} would be γ^t r_{t+1} and this true step ✗
    CheckReport r = check("# discounted\n\n$$d_t = \\gamma^t r_t$$\n\n"
        + "$$d_t + d_{t+1} = \\gamma^t r_t + \\gamma^{t+1} r_{t+1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
