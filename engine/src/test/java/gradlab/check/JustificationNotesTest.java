package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "&& \text{since } σ' = σ(1 − σ)" in an aligned block's note column became a step "not
 * checked: cannot read" (found by a lecturer). A cited fact that reads is checked; one that
 * does not is a note.
 */
@Timeout(60)
class JustificationNotesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String cited) {
    return FixturePair.checkMarkdown(engine, "Let $u = x^2$.\n\n\\begin{align*}\n"
        + "\\frac{d}{dx} u^3 &= 3u^2 \\cdot 2x && \\text{since } " + cited + " \\\\\n"
        + "&= 6x^5\n\\end{align*}\n");
  }

  @Test
  void anUnreadableCitedFactIsANoteNotAStep() {
    CheckReport r = check("\\sigma' = \\sigma(1-\\sigma)");
    assertThat(r.render()).as(r.render()).doesNotContain("sigma without an argument");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void aWrongCitedFactThatReadsIsStillRefuted() {
    CheckReport r = check("\\frac{d}{dx} x^2 = 3x");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
