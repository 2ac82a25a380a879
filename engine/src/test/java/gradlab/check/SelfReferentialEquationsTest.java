package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A name defined through itself (issue 12, held10: Goodfellow's "at the terminal velocity
 * v = αv − εg" stopped the whole check with "definition of v uses v"). It is an equation the
 * name satisfies: not checked, never refuted, and the steps after it are still checked.
 */
@Timeout(300)
class SelfReferentialEquationsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }

  @Test
  void terminalVelocityEquationIsNotCheckedAndTheCheckGoesOn() {
    CheckReport r = check("At the terminal velocity $v = \\alpha v - \\epsilon g$, so the speed "
        + "is multiplied by\n\n$$\\frac{1}{1-0.9} = 10.$$\n");
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 1
        && s.verdict() instanceof StepVerdict.NotChecked n && n.reason().contains("both sides"));
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict()
        instanceof StepVerdict.Refuted);
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 3
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void aWrongNumberAfterTheSelfReferentialEquationIsStillRefuted() {
    CheckReport r = check("At the terminal velocity $v = \\alpha v - \\epsilon g$, so the speed "
        + "is multiplied by\n\n$$\\frac{1}{1-0.99} = 99.$$\n");
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 3
        && s.verdict() instanceof StepVerdict.Refuted);
  }

  @Test
  void theEquationRearrangedAfterItIsProvedFromIt() {
    CheckReport r = check("At the terminal velocity $v = \\alpha v - \\epsilon g$, so "
        + "$(1-\\alpha)v = -\\epsilon g$.\n");
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.line() == 1
        && s.lhs().contains("(1-\\alpha)") && s.verdict() instanceof StepVerdict.Proved p
        && p.how().contains("follows from line 1"));
  }

  @Test
  void anUpdateWrittenWithEqualsNeverRefutesTheStepAfterIt() {
    // m = βm + (1 − β)g is an update here (m₀ = 0): the next step holds for the new m, not for
    // the fixed point m = g that the equation read as a condition would give
    CheckReport r = check("The average is updated as $m = \\beta m + (1-\\beta) g$. Starting "
        + "from zero, after one step $m - (1-\\beta) g = 0$.\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict()
        instanceof StepVerdict.Refuted);
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.lhs().startsWith("m - ")
        && s.verdict() instanceof StepVerdict.NotChecked);
  }
}
