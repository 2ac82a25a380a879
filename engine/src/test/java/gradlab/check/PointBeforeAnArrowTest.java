package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "with z=0 -> p = 0.5" typed in a chat: the arrow was read as an implication only before a
 * derivative, so "0 -> p" became a side and the value of p at the stated point was "not checked:
 * the left side depends on [z]" (found by a new user, user45). A point before the arrow is the
 * point of the claim after it, as with "=>".
 */
@Timeout(300)
class PointBeforeAnArrowTest extends CheckFixture {
  @Test
  void aValueAfterAnArrowIsCheckedAtThePointBeforeIt() {
    CheckReport r = checkText("t.txt", "p = sigmoid(z)\nwith z=0 -> p = 0.5\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "p = sigmoid(z)\nwith z=0 -> p = 0.6\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNudgeArrowBetweenNumbersIsNoImplication() {
    assertThat(ArrowsBetweenClaims.read("v = 11 → 11.002")).isEqualTo("v = 11 → 11.002");
    assertThat(ArrowsBetweenClaims.read("z=0 -> p = 0.5")).isEqualTo("z=0 => p = 0.5");
  }
}
