package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Eigenvalues are shown simplified: {{2, 1}, {1, 4}} printed (6 ± 2√2)/2 for 3 ± √2 (user37). */
@Timeout(60)
class SimplifiedEigenvaluesTest extends gradlab.symbolic.EngineFixture {

  private static String shownOf(String input) {
    return new Worksheet(engine).evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void theEigenvaluesOfASymmetricTwoByTwoAreShownSimplified() {
    String shown = shownOf("eigenvalues({{2,1},{1,4}})");
    assertThat(shown).doesNotContain("6").doesNotContain("/2").contains("√2").contains("3");
  }
}
