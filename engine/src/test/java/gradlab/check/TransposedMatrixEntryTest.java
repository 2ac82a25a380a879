package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A matrix entry written with its indices swapped ({@link TransposedEntries}, issue 12, miss34b):
 * Learned-Miller's {@code \frac{\partial \vec{y}_3}{\partial \vec{x}_7} = W_{3,7}} after
 * {@code \vec{y}_3 = \sum_{i=1}^{D} \vec{x}_i W_{i,3}} was "not checked: W₃₇ is not defined".
 */
@Timeout(120)
class TransposedMatrixEntryTest extends CheckFixture {

  @Test
  void aSwappedEntryOfAMatrixTheDefinitionUsesIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("swapped.md", "$$y_3 = x_1 W_{1,3} + x_2 W_{2,3}$$\n\n"
        + "$$\\frac{\\partial y_3}{\\partial x_2} = W_{3,2}$$\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void aSwappedEntryAfterASumWithSymbolicBoundsIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("rowvector.md",
        "$$\\vec{y}_3 = \\sum_{i=1}^{D} \\vec{x}_i W_{i,3}$$\n\n"
        + "$$\\frac{\\partial \\vec{y}_3}{\\partial \\vec{x}_7} = W_{3,7}.$$\n");
    assertThat(r.firstRefuted().orElseThrow(() -> new AssertionError(r.render())).line())
        .isEqualTo(3);
  }

  @Test
  void theRightEntryInTheSameNotationIsNotRefuted() {
    CheckReport r = checkMarkdown("right.md", "$$y_3 = x_1 W_{1,3} + x_2 W_{2,3}$$\n\n"
        + "$$\\frac{\\partial y_3}{\\partial x_2} = W_{2,3}$$\n\n"
        + "$$y = W_{1,2} x_1 + W_{2,1} x_2$$\n\n"
        + "$$\\frac{\\partial y}{\\partial x_2} = W_{2,1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aSwappedEntryOfAMatrixTheTextCallsSymmetricIsNotRefuted() {
    CheckReport r = checkMarkdown("symmetric.md", "Let $W$ be a symmetric matrix.\n\n"
        + "$$y_3 = x_1 W_{1,3} + x_2 W_{2,3}$$\n\n"
        + "$$\\frac{\\partial y_3}{\\partial x_2} = W_{3,2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSwappedEntryOfACovarianceMatrixIsNotRefuted() {
    CheckReport r = checkMarkdown("covariance.md", "Let $C$ be the covariance matrix.\n\n"
        + "$$y_2 = x_1 C_{1,2} + x_3 C_{3,2}$$\n\n"
        + "$$\\frac{\\partial y_2}{\\partial x_1} = C_{2,1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSwappedEntryOfAQuadraticFormWrittenForASymmetricMatrixIsNotRefuted() {
    CheckReport r = checkMarkdown("quadratic.md",
        "$$q = A_{11} x_1^2 + 2 A_{12} x_1 x_2 + A_{22} x_2^2$$\n\n"
        + "$$\\frac{\\partial q}{\\partial x_2} = 2 A_{21} x_1 + 2 A_{22} x_2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSwappedEntryWhoseTwinTheTextDefinesByAFormulaIsNotRefuted() {
    CheckReport r = checkMarkdown("hessian.md", "$$f = x_1^2 x_2$$\n\n"
        + "$$H_{21} = \\frac{\\partial^2 f}{\\partial x_2 \\partial x_1}$$\n\n"
        + "$$g = H_{21} + x_2$$\n\n"
        + "$$g - x_2 = H_{12}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
