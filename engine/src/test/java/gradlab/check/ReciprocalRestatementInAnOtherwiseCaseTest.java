package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A quantity restated from its reciprocal ({@link ReciprocalPremises}) inside a case opened by
 * "Otherwise": its ✗ skipped the case's guard ({@link OtherCaseRefutations}), so the true
 * s² = −1/x after 1/s² = |x| was refuted at case 1's x > 0, a value the case excludes.
 */
@Timeout(120)
class ReciprocalRestatementInAnOtherwiseCaseTest extends gradlab.symbolic.EngineFixture {
  private static final String CASES = "# Cases\n\nCase 1. If $x > 0$, then $$|x| = x$$\n\n"
      + "Case 2. Otherwise, $$\\frac{1}{s^2} = |x|$$ and so ";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aTrueRestatementFromAReciprocalIsNotRefutedAtTheCaseBefore() {
    CheckReport r = check(CASES + "$$s^2 = -\\frac{1}{x}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void outsideACaseAWrongRestatementFromAReciprocalIsStillRefuted() {
    CheckReport r = check("# Precision\n\n$$\\frac{1}{s^2} = x + 1$$ so $$s^2 = \\frac{1}{x}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }
}
