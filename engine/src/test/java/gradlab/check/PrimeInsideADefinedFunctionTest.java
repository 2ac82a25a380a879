package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A prime hidden in a function the text defines: "w(r) = rho'(r)/r", then "w(2) = 0.2", where
 * the reader had not read rho's definition and took ρ for a number. ρ′ was 0 inside w and the
 * true value was ✗ at "ρ = 0.502" (held19's Cauchy loss). A refutation at a point giving a
 * primed name a value is never issued, whether the prime is in the step or in a function it
 * applies; where the primed function is defined and read (g(r) = r^3/3), a wrong value
 * through w is still ✗.
 */
@Timeout(300)
class PrimeInsideADefinedFunctionTest extends CheckFixture {
  private static final String UNREAD = "rho is some loss we have not written down\n\n"
      + "w(r) = rho'(r)/r\n\n";
  private static final String READ = "g(r) = r^3/3\n\nw(r) = g'(r)/r\n\n";

  @Test
  void aValueThroughAPrimeOfAnUnreadNameIsNeverRefuted() {
    CheckReport r = checkText("t.txt", UNREAD + "w(2) = 0.2\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theRightValueThroughADefinedFunctionIsProved() {
    CheckReport r = checkText("t.txt", READ + "w(2) = 2\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueThroughADefinedFunctionIsStillRefuted() {
    CheckReport r = checkText("t.txt", READ + "w(2) = 4\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
