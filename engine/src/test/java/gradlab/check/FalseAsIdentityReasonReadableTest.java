package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A relation between quantities the text never defines ("1 − p = q") is "not checked: false as
 * an identity …". Its reason showed Java's map of the point with every digit of a double and
 * the engine's names, "{p=0.502497787360467, q=…}" (a new-user tester); now "p = 0.502498".
 */
@Timeout(300)
class FalseAsIdentityReasonReadableTest extends CheckFixture {
  @Test
  void theReasonShowsThePointAsTheReportDoesElsewhere() {
    CheckReport r = checkMarkdown("since.md", "$$D = \\ln\\frac{p}{1-p} - \\ln\\frac{q}{1-q}$$"
        + "\n\n$$1 - p = q$$\n");
    StepResult s = claimOnLine(r, 3);
    assertThat(s.verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    String reason = ((StepVerdict.NotChecked) s.verdict()).reason();
    assertThat(reason).as(reason).startsWith(StepChecker.FALSE_AS_IDENTITY)
        .doesNotContain("{").doesNotContain("[").doesNotContainPattern("\\d\\.\\d{8,}");
  }

  @Test
  void aRelationBetweenDefinedQuantitiesIsStillRefuted() {
    CheckReport r = checkText("t.txt", "p = 0.25\n\nq = 0.5\n\n1 - p = q\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }
}
