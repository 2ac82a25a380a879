package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A supposition that gives a named point another value ("Suppose instead x = 2.") ends that
 * value: the claims after it hold under the supposition, so they are not checked at the text's
 * earlier x = 1, where a true "u = 4" under x = 2 was ✗ (found this round).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ValuesUnderAnEarlierPremiseTest extends CheckFixture {
  @Test
  void aPlainTextClaimAfterASuppositionIsNotRefutedAtTheEarlierPoint() {
    CheckReport r = checkText("t.txt", "x = 1\nu = 2*x = 2\nSuppose instead x = 2.\nu = 4\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aDisplayAfterAnInlineSuppositionIsNotRefutedAtTheEarlierPoint() {
    CheckReport r = checkMarkdown("t.md", "Let $x = 1$ and $u = 2x$, so $$u = 2$$\n\n"
        + "Suppose instead $x = 3$. Then $$u = 6$$\n");
    assertThat(r.steps().stream().filter(s -> s.line() == 3 && s.rhs().equals("6")))
        .as(r.render()).isNotEmpty()
        .allSatisfy(s -> assertThat(s.verdict()).isNotInstanceOf(StepVerdict.Refuted.class));
  }

  @Test
  void theEarlierPointStillDecidesWhatComesBeforeTheSupposition() {
    CheckReport r = checkText("t.txt", "x = 1\nu = 2*x = 3\nSuppose instead x = 2.\nu = 4\n");
    assertThat(claimOnLine(r, 2).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aLineNotReadThatGivesThePointAnotherNumberEndsItsValue() {
    CheckReport r = checkText("t.txt", "a = 7\nb = a + 1 = 8\na = 1 now\nb = 2\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void proseThatGivesThePointANumberInWordsEndsItsValue() {
    for (String words : new String[] {"Now $x$ is $3$, and", "Increasing $x$ to $3$ gives"}) {
      CheckReport r = checkMarkdown("t.md", "Let $x = 2$, so $$y = x^2 = 4$$\n\n" + words
          + " $$y = 9$$\n");
      assertThat(claimOnLine(r, 3).verdict()).as(r.render())
          .isNotInstanceOf(StepVerdict.Refuted.class);
    }
  }

  @Test
  void aProductsValueOnALineNotReadDoesNotEndThePoint() {
    CheckReport r = checkText("t.txt", "x = 3, w₁ = 0.5\nw₁x = 1.5 > 0 ⇒ h = 1.5\ny = 2*x = 6\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
