package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The ELU typed on a phone (held19): "αeˣ = α(eˣ − 1) + α" was "α, alphaeˣ, eˣ are not
 * defined" (α glued to e as one name, the superscript ˣ unread) and "e⁻¹ − 1 ≈ −0.6321" was not
 * engine syntax. A Greek letter against a Latin one is a product, a superscript run with a sign
 * or a letter is a power; the wrong versions are ✗.
 */
@Timeout(300)
class PhoneGreekProductAndSuperscriptsTest extends CheckFixture {
  @Test
  void aGreekLetterAgainstAnExponentialIsAProduct() {
    CheckReport r = checkText("t.txt", "αeˣ = α(eˣ − 1) + α\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theSignSlipInItIsRefuted() {
    CheckReport r = checkText("t.txt", "αeˣ = α(eˣ − 1) − α\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aNegativeSuperscriptIsAPower() {
    CheckReport r = checkText("t.txt", "e⁻¹ − 1 ≈ −0.6321\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueOfItIsRefuted() {
    CheckReport r = checkText("t.txt", "e⁻¹ − 1 ≈ −0.3679\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aChangeInANameStaysAName() {
    CheckReport r = checkText("t.txt", "Δw = 0.5\n");
    assertThat(r.render()).contains("[δw]");
  }
}
