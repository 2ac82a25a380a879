package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * GAE typed on a phone: subscript letters and signs ("rₜ₊₁", "sₜ") were "not engine syntax", and
 * "λ = 0: Âₜ = δₜ" defined λ as "0: Âₜ" (a Greek name was no point before a colon), so the later
 * "λ = 0.5" was a claim about Âₜ.
 */
@Timeout(300)
class PhoneSubscriptsAndGreekPointsTest extends CheckFixture {

  @Test
  void subscriptLettersAndSignsAreIndices() {
    assertThat(PhoneSubscripts.asIndices("rₜ + γ·V(sₜ₊₁) − V(sₜ)"))
        .isEqualTo("r_t + γ·V(s_(t+1)) − V(s_t)");
    assertThat(PhoneSubscripts.asIndices("w₁x₁")).isEqualTo("w₁x₁");
  }

  @Test
  void aGreekPointBeforeAColonIsAPoint() {
    CheckReport r = checkText("t.txt", "λ = 2: λ^2 = 4\n\nλ = 3: λ^2 = 9\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "λ = 2: λ^2 = 5\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
