package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A phone's minus sign in a point list, "with x = 2, w1 = 0.5, w2 = −1: z = −3": the point
 * patterns took only ASCII '-', so "w2 = −1: z" became a new value of w2 and the claim after
 * the colon was left unchecked (held18b). U+2212 is a minus wherever a value is read.
 */
@Timeout(300)
class UnicodeMinusInAPointListTest extends CheckFixture {
  private static final String Z = "z = w1*x + w2*x^2\n\n";

  @Test
  void aPointWithAUnicodeMinusIsReadAndTheClaimAfterItProved() {
    CheckReport r = checkText("t.txt", Z + "with x = 2, w1 = 0.5, w2 = −1: z = −3\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueAtThatPointIsRefuted() {
    CheckReport r = checkText("t.txt", Z + "with x = 2, w1 = 0.5, w2 = −1: z = −2\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aValueWithAUnicodeMinusIsANamedPointAsWithAnAsciiOne() {
    CheckReport r = checkText("t.txt", Z + "at x = 2, w1 = −0.5, w2 = 1: z = 3\n");
    assertThat(r.render()).contains("w1 = −0.5   [named point]");
  }

  @Test
  void atWithAUnicodeMinusReadsThePointToo() {
    CheckReport r = checkText("t.txt", Z + "at x = 2, w1 = 0.5, w2 = −1: z = −3\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
