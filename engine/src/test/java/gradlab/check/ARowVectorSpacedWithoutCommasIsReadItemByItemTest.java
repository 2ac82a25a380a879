package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Mathematics for Machine Learning writes a gradient as the row vector {@code \left[2x_1 x_2 +
 * x_2^3 \;\; x_1^2 + 3x_1 x_2^2\right]}: the items were read as one product and the true row of
 * partial derivatives was ✗ ({@link SpacedRowVectors}).
 */
@Timeout(60)
class ARowVectorSpacedWithoutCommasIsReadItemByItemTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  private static final String DEFINED = "Let $f(x_1, x_2) = x_1^2 x_2 + x_1 x_2^3$. Then\n\n";

  @Test
  void theRowOfPartialDerivativesIsNotRefuted() {
    CheckReport r = check(DEFINED + "$$\\left[\\frac{\\partial f(x_1, x_2)}{\\partial x_1} \\;\\; "
        + "\\frac{\\partial f(x_1, x_2)}{\\partial x_2}\\right] = \\left[2x_1 x_2 + x_2^3 \\;\\; "
        + "x_1^2 + 3x_1 x_2^2\\right]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongItemOfTheRowIsRefuted() {
    CheckReport r = check(DEFINED + "$$\\left[\\frac{\\partial f(x_1, x_2)}{\\partial x_1} \\quad "
        + "\\frac{\\partial f(x_1, x_2)}{\\partial x_2}\\right] = \\left[2x_1 x_2 + x_2^3 \\quad "
        + "x_1^2 + x_1 x_2^2\\right]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aSingleThinSpaceInsideABracketStaysAProduct() {
    CheckReport r = check("$$[2 \\, x] = 2x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
