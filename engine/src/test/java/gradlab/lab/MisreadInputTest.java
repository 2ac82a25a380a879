package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class MisreadInputTest {
  @Test
  void aDivisorFollowedByAFactorGetsANoteSayingHowItWasRead() {
    assertThat(MisreadInput.divisionNote("1/2x")).isEqualTo(
        "read …/2x as (…/2)·x; for …/(2·x) write the brackets");
    assertThat(MisreadInput.divisionNote("a/b c")).contains("(…/b)·c");
    assertThat(MisreadInput.divisionNote("1/2sigma(x)")).contains("(…/2)·sigma");
  }

  @Test
  void aDivisionWithoutAnImplicitFactorAfterItGetsNoNote() {
    assertThat(MisreadInput.divisionNote("1/(2x)")).isNull();
    assertThat(MisreadInput.divisionNote("x/2*y")).isNull();
    assertThat(MisreadInput.divisionNote("x/sigma(y)")).isNull();
    assertThat(MisreadInput.divisionNote("a/b + c")).isNull();
    assertThat(MisreadInput.divisionNote("2x/3")).isNull();
  }
}
