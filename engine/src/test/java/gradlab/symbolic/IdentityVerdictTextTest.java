package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A verdict printed by a script reads as the checker writes it, never as the Java record. */
@Timeout(10)
class IdentityVerdictTextTest {
  @Test
  void aRefutationPrintsItsPointAndValuesToSixDigits() {
    Map<String, Double> point = new LinkedHashMap<>();
    point.put("x", 0.502497787360467);
    point.put("w", -2.0);
    IdentityVerdict v = new IdentityVerdict.Refuted(point, 0.7846301, 1.2153699);
    assertThat(v.toString()).isEqualTo(v.summary())
        .isEqualTo("✗ refuted at x = 0.502498, w = -2: left = 0.78463, right = 1.21537");
  }

  @Test
  void proofsAndUnknownsPrintTheirSummary() {
    IdentityVerdict p = new IdentityVerdict.Proved("rewriting", 40);
    IdentityVerdict u = new IdentityVerdict.Unknown(12, 1e-9);
    assertThat(p.toString()).isEqualTo("✓ proved (rewriting; agrees at 40 random points)");
    assertThat(u.toString()).startsWith("? unknown: equal at 12 random points");
  }

  @Test
  void sixDigitsKeepTinyAndHugeValuesShort() {
    assertThat(IdentityVerdict.Refuted.sixDigits(2.5e-30)).isEqualTo("2.5e-30");
    assertThat(IdentityVerdict.Refuted.sixDigits(1.0)).isEqualTo("1");
    assertThat(IdentityVerdict.Refuted.sixDigits(Double.NaN)).isEqualTo("NaN");
  }
}
