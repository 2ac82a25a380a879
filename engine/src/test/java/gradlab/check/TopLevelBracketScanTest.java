package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The one bracket scan that the checker's classes share (TopLevel.closing and TopLevel.last): the
 * variants the private scanners it replaced relied on, each pinned by the smallest input.
 */
@Timeout(10)
class TopLevelBracketScanTest {
  @Test
  void aRoundBracketClosesAtItsOwnPartnerPastNestedOnes() {
    assertThat(TopLevel.closing("f(a(b)c)d", 1)).isEqualTo(7);
    assertThat(TopLevel.closing("f(a(b c", 1)).isEqualTo(-1);
  }

  @Test
  void roundOnlyScanningIgnoresSquareAndCurlyBrackets() {
    assertThat(TopLevel.closing("(x[1)", 0)).isEqualTo(4);
    assertThat(TopLevel.closing("(x[1)", 0, "([", ")]")).isEqualTo(-1);
  }

  @Test
  void allBracketsCountedAsOneDepthAsClaimFormsDoes() {
    assertThat(ClaimForms.closing("{a(b]c}", 0)).isEqualTo(6);
    assertThat(TopLevel.closing("{a(b]c}", 0, "({[", ")}]")).isEqualTo(6);
    assertThat(TopLevel.closing("{a(b]c}", 0, "{", "}")).isEqualTo(6);
    assertThat(TopLevel.closing("{a{b}c}x}", 0, "{", "}")).isEqualTo(6);
  }

  @Test
  void theLastTopLevelSeparatorSkipsThoseInsideBrackets() {
    assertThat(TopLevel.last("dd(a,b),x", ',')).isEqualTo(7);
    assertThat(TopLevel.last("f(a,b)", ',')).isEqualTo(-1);
    assertThat(TopLevel.last("{a,b},c,d", ',')).isEqualTo(7);
    assertThat(TopLevel.last("a\\,b", ',')).isEqualTo(-1);
  }
}
