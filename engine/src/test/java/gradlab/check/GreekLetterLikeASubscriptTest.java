package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * ξ and x_i are two names: both were the engine name xi, so an SVM's slack ξ and its input x_i
 * were one quantity and the true {@code x_i + \xi = 5} after {@code x_i = 2}, {@code \xi = 3}
 * was refuted "at xᵢ = 3" ({@link LatexNames#greek}).
 */
@Timeout(60)
class GreekLetterLikeASubscriptTest extends CheckFixture {
  private static CheckReport sum(String lower, String upper, String total) {
    return checkMarkdown("t.md", "Let $" + lower + " = 2$ and $" + upper + " = 3$.\n\nThen $"
        + lower + " + " + upper + " = " + total + "$.\n");
  }

  @Test
  void theSumOfXiAndXSubIIsProved() {
    CheckReport r = sum("x_i", "\\xi", "5");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongSumOfXiAndXSubIIsRefuted() {
    CheckReport r = sum("x_i", "\\xi", "6");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void nuAndNSubUAreTwoNamesToo() {
    CheckReport r = sum("n_u", "\\nu", "5");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void capitalXiAndCapitalXSubIAreTwoNames() {
    CheckReport r = sum("X_i", "\\Xi", "5");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aRefutationThroughXiShowsTheLetter() {
    CheckReport r = checkMarkdown("t.md", "Let $\\xi = 3$.\n\nThen $2 \\xi = 7$.\n");
    assertThat(r.render()).contains("ξ = 3").doesNotContain("xiv");
  }

  @Test
  void inPlainTextXiTypedOrSpelledIsNotXSubI() {
    for (String xi : new String[] {"ξ", "xi"}) {
      CheckReport r = checkText("t.txt", "x_i = 2\n" + xi + " = 3\nx_i + " + xi + " = 5\n");
      assertThat(claimOnLine(r, 3).verdict()).as(r.render())
          .isInstanceOf(StepVerdict.Proved.class);
    }
  }
}
