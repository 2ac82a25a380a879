package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An HTML comment in a Markdown homework is not shown, yet its text was read for math: a note
 * "<!-- first try, with \begin{align} -->" opened an environment that swallowed the display
 * math after it, and five true steps were "not checked: cannot read: unexpected '$'" (found by
 * a new user, user45).
 */
@Timeout(300)
class HtmlCommentsInMarkdownTest extends CheckFixture {
  @Test
  void anEnvironmentNamedInACommentOpensNoMath() {
    String md = "<!-- first try, with \\begin{align} and \\end -->\n\n"
        + "$$(1+2)^2 = 9$$\n\nThen\n\n$$3 \\cdot 4 = 12$$\n";
    CheckReport r = checkMarkdown("hw.md", md);
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkMarkdown("hw.md", md.replace("= 12", "= 13"));
    assertThat(claimOnLine(r, 7).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aCommentIsBlankedWithItsLineBreaksKept() {
    assertThat(HtmlComments.blanked("a <!-- b\n$c$ --> d"))
        .isEqualTo("a " + " ".repeat(6) + "\n" + " ".repeat(7) + " d");
  }
}
