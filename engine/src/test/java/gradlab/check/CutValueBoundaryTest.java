package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A decimal cut to its digits stands for a half-open interval: 0.9 cut is [0.9, 1.0), so
 * 0.5 + 0.5 = 0.9 is false under both readings (a lecturer found it "not checked: holds if 0.9
 * is the value cut"). Just below the top, the cut reading still holds.
 */
@Timeout(60)
class CutValueBoundaryTest extends gradlab.symbolic.EngineFixture {
  @ParameterizedTest
  @CsvSource(delimiter = ';', value = {"0.5 + 0.5 = 0.9; true", "3 \\cdot 0.25 = 0.74; true",
      "2 \\cdot 1.6036 + 1 = 4.2071; true", "\\frac{1}{2} + 0.4999 = 0.9; false",
      "e = 2.71; false"})
  void aValueAtTheTopOfTheCutIntervalIsRefuted(String step, boolean refuted) {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$" + step + "$$\n");
    assertThat(r.firstRefuted().isPresent()).as(r.render()).isEqualTo(refuted);
  }
}
