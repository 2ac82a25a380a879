package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An inequality after an arrow written as a math span of its own, {@code $\Rightarrow$
 * $\ell''(w) \geq 0$}, is the conclusion: it was listed as an assumption, so a wrong one was
 * never checked (a TA's logistic-loss submission).
 */
@Timeout(60)
class ArrowConclusionsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aWrongInequalityAfterAnArrowSpanIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $x > 0$. Then $x^2 > 0$ "
        + "$\\Rightarrow$ $x^3 < 0$ for every such $x$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aTrueInequalityAfterAnArrowSpanIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $x > 0$. Then $x^2 > 0$ "
        + "$\\Rightarrow$ $x^3 > 0$ for every such $x$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.lhs().equals("x^3")
        && s.verdict() == null);
  }

  @Test
  void aWrongSolutionAfterAnArrowSpanIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "so $\\frac{a^2}{3} = \\frac{2}{10}$ "
        + "$\\Rightarrow$ $a = \\sqrt{1.2}$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theRightSolutionAfterAnArrowSpanIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "so $\\frac{a^2}{3} = \\frac{2}{10}$ "
        + "$\\Rightarrow$ $a = \\sqrt{0.6}$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    // decided from the equation before the arrow (agrees to 12 digits), not a definition
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.lhs().equals("a")
        && s.verdict() instanceof StepVerdict.Unknown u && !u.undecided());
  }
}
