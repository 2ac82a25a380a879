package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * `$x = 1$` quoted in a code span and {@code # $w = 2$} in a fenced Python block were read as
 * named points, and the point x = 1 turned a wrong ∂a/∂w into a ✓ (found by a new user). Code
 * is blanked; GitLab's $`…`$ and ```math blocks stay math; line numbers stand.
 */
@Timeout(60)
class MarkdownCodeIsNotMathTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aPointQuotedInACodeSpanDoesNotHideAWrongGradient() {
    CheckReport r = check("Network: $z = w x + b$, $a = \\sigma(z)$.\n\n"
        + "In my script I set `$x = 1$` for the test run.\n\n"
        + "$$\\frac{\\partial a}{\\partial w} = a(1 - a)$$\n\n"
        + "```python\nw = 2  # $w = 2$\n```\n");
    assertThat(r.render()).doesNotContain("named point");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
  }

  @Test
  void mathAfterAFencedBlockKeepsItsLineNumber() {
    CheckReport r = check("```\n$$1 + 1 = 3$$\n```\n\n$$2 + 2 = 5$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(5);
    assertThat(r.steps()).as(r.render()).hasSize(1);
  }

  @Test
  void gitlabMathInBackticksIsStillMath() {
    CheckReport r = check("So $`2 + 2 = 5`$ here.\n\n```math\n3 + 3 = 7\n```\n");
    assertThat(r.steps().stream().filter(s -> s.verdict() instanceof StepVerdict.Refuted))
        .as(r.render()).hasSize(2);
  }

  @Test
  void blankingKeepsEveryLineBreak() {
    String text = "a `b\nc` d\n```\ne\n```\nf";
    assertThat(MarkdownCode.blanked(text).lines().count()).isEqualTo(text.lines().count());
    assertThat(MarkdownCode.blanked(text)).doesNotContain("b").doesNotContain("e")
        .contains("f");
  }
}
