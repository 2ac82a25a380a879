package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "sigma(-5) = 0.0066929, so the saturating gradient is -0.0066929" was "cannot read: not
 * engine syntax ('0.0066929,')" (the GAN notes; also "= 3/2, so …", "= 0.5106, thus …"): the
 * comma before "so" ends the sentence's first clause and is no part of the formula.
 */
@Timeout(300)
class PlainCommaBeforeSoTest extends CheckFixture {
  @Test
  void theClaimBeforeACommaAndSoIsChecked() {
    CheckReport r = checkText("t.txt",
        "sigmoid(-5) = 0.0066929, so the saturating gradient is tiny\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "sigmoid(-5) = 0.0076929, so the saturating gradient is tiny\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void thusAfterACommaEndsTheClaim() {
    CheckReport r = checkText("t.txt", "(2*3 + 3)/6 = 3/2, thus the slope jumps at 3\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "(2*3 + 3)/6 = 5/2, thus the slope jumps at 3\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
