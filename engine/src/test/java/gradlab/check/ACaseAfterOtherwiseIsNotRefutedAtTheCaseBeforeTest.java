package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Case 1. If $x > 0$ … Case 2. Otherwise": the checker does not read the second case's
 * hypothesis, and case 1's x > 0 stayed on, so the true |x| = −x of case 2 was ✗ at x = 1.75
 * ({@link OtherCaseRefutations}).
 */
@Timeout(60)
class ACaseAfterOtherwiseIsNotRefutedAtTheCaseBeforeTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theOtherCaseOfAnAbsoluteValueIsNotRefutedAtTheFirstCasesRange() {
    CheckReport r = check("Case 1. If $x > 0$, then\n$$|x| = x$$\nCase 2. Otherwise,\n"
        + "$$|x| = -x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("in another case");
  }

  @Test
  void aWrongStepInACaseThatStatesItsOwnRangeIsStillRefuted() {
    CheckReport r = check("Case 1. If $x > 0$, then\n$$|x| = x$$\nCase 2. If $x < 0$, then\n"
        + "$$|x| = x$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(4);
  }

  @Test
  void aWrongStepWithoutVariablesInTheOtherCaseIsStillRefuted() {
    CheckReport r = check("Case 1. If $x > 0$, then\n$$|x| = x$$\nCase 2. Otherwise,\n"
        + "$$2 + 2 = 5$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aHeadingEndsTheOtherCase() {
    CheckReport r = check("Case 1. If $x > 0$, then\n$$|x| = x$$\nCase 2. Otherwise,\n"
        + "$$|x| = -x$$\n\n## Next\n\n$$(x + 1)^2 = x^2 + 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(8);
  }

  @Test
  void anOtherwiseSentenceFollowedByANewParagraphOpensNoCase() {
    CheckReport r = check("For $x > 0$ the step is taken;\n\notherwise the old one is kept.\n\n"
        + "At the first step:\n\n$$(x + 1)^2 = x^2 + 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
