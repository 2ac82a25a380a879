package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code u_\pm = \tfrac{1}{2}(1 \pm \sqrt{1 - 4/W})} (the two roots of the window-width
 * quadratic) was "cannot read: ±", so u₊ and u₋ were free names and the true "since
 * $1 - u_+ = u_-$" was refuted at random values of them. The pair is two definitions now: the
 * true relation is proved, a wrong one (1 + u₊ = u₋, or u₊ u₋ = 1/2 for 1/W) is still refuted.
 */
@Timeout(120)
class PairDefinedWithPlusMinusTest extends CheckFixture {
  private static final String ROOTS = "For $W > 4$ let $u_\\pm = \\tfrac{1}{2}\\left(1 \\pm "
      + "\\sqrt{1 - 4/W}\\right)$.\n\n";

  @Test
  void theRootsRelationIsProved() {
    CheckReport r = checkMarkdown("roots.md", ROOTS + "$$1 - u_+ = u_-$$\n\n"
        + "$$u_+ u_- = \\frac{1}{W}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongRootsRelationIsRefuted() {
    CheckReport r = checkMarkdown("wrong.md", ROOTS + "$$1 - u_+ = u_-$$\n\n"
        + "$$u_+ u_- = \\frac{1}{2W}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }

  @Test
  void aDisplayedPairWithMinusPlusIsReadTheOtherWayRound() {
    CheckReport r = checkMarkdown("mp.md", "\\begin{align*}\nv_\\pm &= 2 \\mp 1 \\\\\n"
        + "v_+ - v_- &= -2\n\\end{align*}\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aDisplayedPairWithTheSignsSwappedIsRefuted() {
    CheckReport r = checkMarkdown("mp-wrong.md", "\\begin{align*}\nv_\\pm &= 2 \\mp 1 \\\\\n"
        + "v_+ - v_- &= 2\n\\end{align*}\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
