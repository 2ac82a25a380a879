package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ∂ỹ₃/∂x̃₇ of ỹ₃ = Σ_{i=1}^{D} x̃ᵢ W_{i,3}: written out for D = 1 … 5, x̃₇ "occurred nowhere in
 * the definitions", and the planted W_{3,7} (for W_{7,3}) was not located
 * (learned-miller-vector-derivatives, miss20). A step that names the seventh member speaks of
 * at least seven: the sum is written out from there, and the true step is proved, a wrong one
 * in the same names refuted. (The planted W_{3,7} itself stays "not checked": W₃₇ is a name on
 * one side only, which may be a value the text does not state.)
 */
@Timeout(300)
class MemberNamedBeyondWrittenSizesTest extends CheckFixture {
  private static final String SUM = "The third component is\n\n"
      + "$$\\vec{y}_3 = \\sum_{i=1}^{D} \\vec{x}_i W_{i,3}$$\n\nand its derivative is\n\n";

  @Test
  void theMemberTheStepNamesIsInTheWrittenOutSum() {
    CheckReport r = checkMarkdown("t.md", SUM
        + "$$\\frac{\\partial \\vec{y}_3}{\\partial \\vec{x}_7} = W_{7,3}$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class).isNotInstanceOf(StepVerdict.NotChecked.class);
    r = checkMarkdown("t.md", SUM
        + "$$\\frac{\\partial \\vec{y}_3}{\\partial \\vec{x}_7} = 2 W_{7,3}$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aMemberWithinTheUsualSizesStillStartsTheSizesThere() {
    CheckReport r = checkMarkdown("t.md", SUM
        + "$$\\frac{\\partial \\vec{y}_3}{\\partial \\vec{x}_4} = W_{4,3}$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class).isNotInstanceOf(StepVerdict.NotChecked.class);
    r = checkMarkdown("t.md", SUM
        + "$$\\frac{\\partial \\vec{y}_3}{\\partial \\vec{x}_4} = W_{4,3} + 1$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
