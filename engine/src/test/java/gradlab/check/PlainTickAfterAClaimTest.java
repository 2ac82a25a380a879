package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Â₀ = 1.22 + 0.9·0.2 = 1.4 = 1 + 0.9·1 − 0.5 ✓" (GAE on a phone): the writer's tick was read
 * into the formula, and the last link was "cannot read: not engine syntax". A tick or 🎉 at the
 * end of a plain-text claim is no part of it; a ✗ there is not a tick.
 */
@Timeout(300)
class PlainTickAfterAClaimTest extends CheckFixture {
  @Test
  void aClaimBeforeATickIsChecked() {
    CheckReport r = checkText("t.txt", "1.22 + 0.9*0.2 = 1.4 ✓\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "0.9*2 + 1.2 = 3 🎉\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongClaimBeforeATickIsRefuted() {
    CheckReport r = checkText("t.txt", "1.22 + 0.9*0.2 = 1.5 ✓\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    r = checkText("t.txt", "0.9*2 + 1.2 = 4 🎉\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aCrossIsNoTick() {
    CheckReport r = checkText("t.txt", "1.22 + 0.9*0.2 = 1.5 ✗\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class).isNotInstanceOf(StepVerdict.Proved.class);
  }
}
