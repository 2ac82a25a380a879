package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student's multi-part exam: Q1 gives {@code x = 2, y = 1}, Q2 defines {@code f(x) = x^2 + y}.
 * In plain text no label ended Q1's point ({@code f(3) = 10} was "proved: at y = 1" with no word
 * that y came from Q1) and "**Q2.** Let f(x) = …" was not read as a definition; in Markdown
 * "Question 2.", "Part 2" and "(b)(i)" were no labels. Now each says where the value came from.
 */
@Timeout(120)
class PartLabelsEndTheirGivensTest extends CheckFixture {
  private static final String FROM_Q1 = "at the values the text gave before: y = 1 (line 1)";

  private static String plainQ2(String label) {
    StepResult s = claimOnLine(checkText("exam.txt", "Q1. Let x = 2 and y = 1.\n(x - y)^2 = 1\n\n"
        + label + " Let f(x) = x^2 + y.\nf(3) = 10\n"), 5);
    return ((StepVerdict.Proved) s.verdict()).how();
  }

  private static String markdownQ2(String label) {
    StepResult s = claimOnLine(checkMarkdown("exam.md", "**Q1.** Let $x = 2$ and $y = 1$.\n\n"
        + "$$(x - y)^2 = 1$$\n\n" + label + " Let $f(x) = x^2 + y$.\n\n$$f(3) = 10$$\n"), 7);
    return ((StepVerdict.Proved) s.verdict()).how();
  }

  @Test
  void aPlainQuestionLabelSaysTheValueCameFromTheQuestionBefore() {
    assertThat(plainQ2("Q2.")).contains(FROM_Q1);
    assertThat(plainQ2("Part 2")).contains(FROM_Q1);
  }

  @Test
  void aBoldPlainLabelBeforeLetStillDefinesTheFunction() {
    assertThat(plainQ2("**Q2.**")).contains(FROM_Q1);
    assertThat(plainQ2("(b)(i)")).contains(FROM_Q1);
  }

  @Test
  void wordedAndSubPartLabelsInMarkdownEndTheGivens() {
    assertThat(markdownQ2("Question 2.")).contains(FROM_Q1);
    assertThat(markdownQ2("Part 2")).contains(FROM_Q1);
    assertThat(markdownQ2("**(b)(i)**")).contains(FROM_Q1);
  }

  @Test
  void aNameLikeQ1GivenAValueIsNoLabel() {
    CheckReport r = checkText("exam.txt", "q1 = 0.3\nq1 + 1 = 1.3\n");
    assertThat(claimOnLine(r, 2).verdict()).isInstanceOf(StepVerdict.Proved.class);
  }
}
