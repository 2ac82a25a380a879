package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text line opening with a premise, "If a = 5:", "If a = 5 then", "if a = 5, then b =
 * 6": the point of what follows, as "For a = 5:" is. "if" was read as a name, the premise line
 * was "not checked" and the true lines after it were ✗ at the earlier a = 2 (found this round).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class FormulaPremiseIsNotAPointTest extends CheckFixture {
  private static final String EARLIER = "Let a = 2.\nThen b = a + 1 = 3.\n";

  @Test
  void aValueAfterAnIfPremiseIsCheckedAtTheNewValue() {
    for (String premise : new String[] {"If a = 5:", "If a = 5 then", "if a = 5, then"}) {
      CheckReport r = checkText("t.txt", EARLIER + premise + "\nb = 6\n");
      assertThat(claimOnLine(r, 4).verdict()).as(r.render())
          .isInstanceOf(StepVerdict.Proved.class);
    }
  }

  @Test
  void aClaimAfterTheIfPremiseOnItsLineIsCheckedThere() {
    CheckReport r = checkText("t.txt", EARLIER + "if a = 5, then b = 6\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueUnderTheNewPremiseIsStillRefuted() {
    CheckReport r = checkText("t.txt", EARLIER + "If a = 5:\nb = 7\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
