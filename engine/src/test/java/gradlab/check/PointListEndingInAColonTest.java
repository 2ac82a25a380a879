package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A point list closed by a colon on its own line, "α = 1, x = −1:", then the numbers worked at
 * it (held19's ELU on a phone): "x = −1:" was "definition not understood: syntax error". The
 * colon closes the list; the claims after it are checked at the point, a wrong one ✗.
 */
@Timeout(300)
class PointListEndingInAColonTest extends CheckFixture {
  private static final String POINT = "g = a*exp(x)\n\na = 1, x = −1:\n";

  @Test
  void theNameBeforeTheColonIsRead() {
    CheckReport r = checkText("t.txt", POINT + "g ≈ 0.3679\n");
    assertThat(r.render()).doesNotContain("syntax error");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueAtThePointIsRefuted() {
    CheckReport r = checkText("t.txt", POINT + "g ≈ 0.6321\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
