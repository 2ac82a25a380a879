package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * σ′(z) < 1/4 fails at z = 0, where σ′ is exactly 1/4: it was "unknown (holds at 30 random
 * points)" (a teacher's first session). A strict bound whose difference has largest value
 * exactly 0 is refuted at that point inside the text's range for the name, not checked where
 * the text states none, and left alone where the range excludes the point; ≤ stays proved.
 */
@Timeout(300)
class StrictBoundAttainedTest extends CheckFixture {
  private static final String EVERY = "For every $z$:\n\n";

  @Test
  void aStrictBoundAttainedForEveryZIsRefutedAtTheMaximum() {
    CheckReport r = checkMarkdown("t.md", EVERY + "$$\\sigma'(z) < \\frac{1}{4}$$\n");
    StepResult s = claimOnLine(r, 3);
    assertThat(s.verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(((StepVerdict.Refuted) s.verdict()).point().get("z")).isEqualTo(0.0);
  }

  @Test
  void theNonStrictBoundIsStillProved() {
    CheckReport r = checkMarkdown("t.md", EVERY + "$$\\sigma'(z) \\le \\frac{1}{4}$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void withoutARangeTheFailureIsReportedButNotRefuted() {
    CheckReport r = checkText("t.txt", "sigma'(z) < 1/4\n");
    StepVerdict v = claimOnLine(r, 1).verdict();
    assertThat(v).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(((StepVerdict.NotChecked) v).reason()).contains("fails at z = 0");
  }

  @Test
  void aRangeThatExcludesTheEqualityIsNotRefuted() {
    CheckReport r = checkText("t.txt", "for z > 0: sigma'(z) < 1/4\n");
    assertThat(claimOnLine(r, 1).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
