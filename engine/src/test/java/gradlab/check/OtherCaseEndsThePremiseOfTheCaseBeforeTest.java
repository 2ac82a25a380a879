package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A premise inside a case ("Case 1. If $a = 5$, then $b = 6$.") does not hold in the next case
 * ("Case 2. Otherwise $b = 3$."): b = 3, true at the text's a = 2, was refuted at a = 5
 * ({@link OtherCases}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class OtherCaseEndsThePremiseOfTheCaseBeforeTest extends CheckFixture {
  private static final String CASES = "Let $b = a + 1$ and $a = 2$.\n\n"
      + "Case 1. If $a = 5$, then $b = 6$.\n\n";

  @Test
  void aClaimOfTheOtherCaseIsNotRefutedAtTheFirstCasesPremise() {
    CheckReport r = checkMarkdown("premise-in-a-sub-case.md", CASES + "Case 2. Otherwise $b = 3$.\n");
    assertThat(r.render()).doesNotContain("✗");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void anOtherwiseInTheSameParagraphEndsThePremiseToo() {
    CheckReport r = checkMarkdown("premise-then-otherwise.md", "Let $b = a + 1$ and $a = 2$. "
        + "If $a = 5$, then $b = 6$. Otherwise $b = 3$.\n");
    assertThat(r.render()).doesNotContain("✗");
  }

  @Test
  void aWrongClaimUnderTheFirstCasesPremiseIsStillRefuted() {
    CheckReport r = checkMarkdown("premise-in-a-sub-case-wrong.md",
        "Let $b = a + 1$ and $a = 2$.\n\nCase 1. If $a = 5$, then $b = 7$.\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
