package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * d2l's Adam: {@code \sum_{i=0}^{t-1} \beta^i = \frac{1 - \beta^t}{1 - \beta}}. Written out, β^i
 * became β^{(0)}, β^{(1)}, …, which the reader takes for members of a family (the i-th
 * example), so the step was "not checked" and a wrong exponent t − 1 was missed.
 */
@Timeout(60)
class SumIndexAsPowerTest extends gradlab.symbolic.EngineFixture {
  @Test
  void theSummationIndexInASuperscriptIsAPowerWhenWrittenOut() {
    assertThat(LatexOperators.substitute("\\beta^i + \\beta^{i} + x_i", "i", 2))
        .isEqualTo("\\beta^{2} + \\beta^{2} + x_{2}");
  }

  @Test
  void aGeometricSumWithAWrongExponentIsRefuted() {
    CheckReport right = FixturePair.checkMarkdown(engine,
        "$\\sum_{i=0}^{t-1} \\beta^i = \\frac{1 - \\beta^t}{1 - \\beta}$\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.count(StepVerdict.Unknown.class)).as(right.render()).isEqualTo(1);
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        "$\\sum_{i=0}^{t-1} \\beta^i = \\frac{1 - \\beta^{t-1}}{1 - \\beta}$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
