package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A counterexample lists only the values its step uses: a claim on y alone was "refuted at
 * z₁ = 1, z₂ = 2, T = 2, β₁ = 0.9, …", every value the file had named (found by a new user).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class UsedPointValuesTest extends CheckFixture {
  private static final String NAMED = "Let $z_1 = 1$, $z_2 = 2$, $T = 2$, $\\beta_1 = 0.9$.\n\n";

  @Test
  void aRefutationOfAClaimOnOneDefinedNameListsNoneOfTheUnusedValues() {
    CheckReport r = checkMarkdown("adam.md", NAMED + "$$y = \\sigma(0.01)$$\n\n$$y = 0.6$$\n");
    StepResult s = claimOnLine(r, 5);
    assertThat(s.verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(s.verdict().toString()).as(r.render()).doesNotContain("β").doesNotContain("T = 2")
        .doesNotContain("z₁");
  }

  @Test
  void aRefutationKeepsTheValueItsStepUses() {
    CheckReport r = checkMarkdown("adam.md", NAMED + "$$y = z_2 T$$\n\n$$y = 5$$\n");
    StepResult s = claimOnLine(r, 5);
    assertThat(s.verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(s.verdict().toString()).as(r.render()).contains("T = 2").doesNotContain("β").doesNotContain("(at ")
        .doesNotContain("z₁");
  }
}
