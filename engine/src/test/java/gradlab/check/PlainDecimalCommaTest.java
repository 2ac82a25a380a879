package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "σ(0) = 0,5" as a European user types it: a side that is one number with a comma between
 * digits is 0.5 (it was "cannot read"); "1,000", which may be a thousand, is not read so.
 */
class PlainDecimalCommaTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void aSideThatIsOneNumberWithADecimalCommaIsThatNumber() {
    CheckReport r = text("σ(0) = 0,5\ntanh(1) ≈ 0,76\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongValueWithADecimalCommaIsRefuted() {
    CheckReport r = text("σ(0) = 0,7\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aCommaBeforeThreeDigitsIsNotReadAsADecimal() {
    CheckReport r = text("2*500 = 1,000\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
