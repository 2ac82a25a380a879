package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A teacher's table of given values above the questions, {@code | x | y | w |} over one row of
 * numbers (found by a new user): every number worked from it was "not checked: the left side
 * depends on [w, x, y]". The row states the values as "x = 2, y = 1, w = 0.5" would; a wrong
 * number worked from them is ✗, in a plain file and in a Markdown one alike.
 */
@Timeout(300)
class TableOfGivenValuesTest extends CheckFixture {
  private static final String TABLE = "| x | y | w |\n|---|---|---|\n| 2 | 1 | 0.5 |\n\n"
      + "L = (w·x − y)²\n\n";
  private static final String LATEX_TABLE = "| $x$ | $y$ | $w_1$ |\n|---|---|---|\n"
      + "| 2 | 1 | 0.5 |\n\nLet $L = (w_1 x - y)^2$.\n\n";

  @Test
  void aValueWorkedFromThePlainTableIsProved() {
    CheckReport r = checkText("t.txt", TABLE + "L = 0\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueWorkedFromThePlainTableIsRefuted() {
    CheckReport r = checkText("t.txt", TABLE + "L = 1\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aWrongValueWorkedFromTheMarkdownTableIsRefuted() {
    CheckReport r = checkMarkdown("t.md", LATEX_TABLE + "$$L = 1$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aTableOfAFunctionsValuesIsNotReadAsAPoint() {
    CheckReport r = checkText("t.txt", "| x | y |\n|---|---|\n| 0 | 1 |\n| 1 | 3 |\n\n"
        + "x = x\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> "named point".equals(s.note()));
  }

  @Test
  void aColumnOfNamesBesideTheirValuesStatesThem() {
    CheckReport r = checkText("t.txt", "| variable | value |\n|---|---|\n| w | 0.5 |\n"
        + "| x | 2 |\n\nw·x = 1\n");
    assertThat(claimOnLine(r, 6).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
