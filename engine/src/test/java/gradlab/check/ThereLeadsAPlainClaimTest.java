package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "…, so x = 1. There f(x) = -1." was "not checked: the left side depends on [T_here]": the
 * word that points back to the named point was read as a name. "There" and "here" lead a claim
 * as "then" does.
 */
@Timeout(60)
class ThereLeadsAPlainClaimTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport plain(String value) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("q.txt",
        "Let f(x) = x^2 - 2x. Then f'(x) = 2x - 2, so x = 1. There f(x) = " + value + ".\n");
  }

  @Test
  void theValueThereIsCheckedAtTheNamedPoint() {
    CheckReport r = plain("-1");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueThereIsRefuted() {
    CheckReport r = plain("1");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
