package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "$\mathrm{ELU}(x) = x$ if $x \geq 0$ and $\alpha(\exp(x) - 1)$ otherwise is not smooth when
 * $\alpha \neq 1$: …" opened a case up to the next heading, so the wrong derivative of the next
 * section was "not checked: in another case" ({@link TrailingOtherwise}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class AnOtherwiseTrailingAnInlineFormulaEndsWithItsSentenceTest extends CheckFixture {
  private static final String ELU = "# ELU\n\nThe ELU $\\mathrm{ELU}(x) = x$ if $x \\geq 0$ and"
      + " $\\alpha (\\exp(x) - 1)$ otherwise is not smooth when $\\alpha \\neq 1$: its slope"
      + " tends to $\\alpha$ from the left. The alternative is smooth.\n\n"
      + "For $x < 0$ the second branch is active, and\n\n";

  @Test
  void aWrongDerivativeAfterTheSentenceIsRefutedAtItsLine() {
    CheckReport r = checkMarkdown("trailing-otherwise-wrong.md", ELU + "$$\\frac{d}{dx} \\alpha"
        + " \\left(\\exp\\left(\\frac{x}{\\alpha}\\right) - 1\\right) = \\alpha"
        + " \\exp\\left(\\frac{x}{\\alpha}\\right)$$\n");
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theTrueDerivativeIsNotRefuted() {
    CheckReport r = checkMarkdown("trailing-otherwise-true.md", ELU + "$$\\frac{d}{dx} \\alpha"
        + " \\left(\\exp\\left(\\frac{x}{\\alpha}\\right) - 1\\right) ="
        + " \\exp\\left(\\frac{x}{\\alpha}\\right)$$\n");
    assertThat(r.render()).doesNotContain("✗");
  }

  @Test
  void aSloppyOtherwiseStillGuardsTheRestOfItsSentence() {
    CheckReport r = checkMarkdown("trailing-otherwise-sloppy.md",
        "# Abs\n\nIf $x > 0$ then $|x| = x$ otherwise\n\n$$|x| = -x$$\n\nand\n\n$$|x| = -x$$\n");
    assertThat(r.render()).doesNotContain("✗");
    assertThat(r.render()).contains("in another case");
  }

  @Test
  void aNameRangedBeforeTheCaseStaysGuardedAfterItsSentence() {
    CheckReport r = checkMarkdown("trailing-otherwise-ranged.md", "# F\n\nIf $x > 0$ then"
        + " $f(x) = x$ otherwise $f(x) = 0$. Hence\n\n$$x + |x| = 0$$\n");
    assertThat(r.render()).doesNotContain("✗");
  }

  @Test
  void aCapitalisedOtherwiseStillOpensACaseUpToTheHeading() {
    CheckReport r = checkMarkdown("capital-otherwise.md", "# Abs\n\nCase 1. If $x > 0$, then"
        + " $|x| = x$. Otherwise $|x| = -x$. So it is even.\n\n$$|x| = -x$$\n");
    assertThat(r.render()).doesNotContain("✗");
  }
}
