package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An equation posed as a question (d2l's random-variables appendix: "for what $p$ does
 * $a+4\sqrt{2p} = a+2$, which is solved when $p=1/8$") was checked as a claim and refuted at a
 * random p; it is a condition, and the answer after "which is solved when" is checked as its
 * solution, the a on both sides cancelled.
 */
@Timeout(60)
class PosedEquationsTest extends gradlab.symbolic.EngineFixture {
  private static final String ASKED = "We saw that the standard deviation was $2\\sqrt{2p}$. "
      + "So we want to solve: for what $p$ does $a+4\\sqrt{2p} = a+2$, which is solved when "
      + "$p=%s$.\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void anEquationAskedAboutIsNotRefutedAndItsAnswerIsProved() {
    CheckReport r = check(ASKED.formatted("1/8"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.render()).contains("[condition]");
  }

  @Test
  void aWrongAnswerToTheAskedEquationIsRefuted() {
    CheckReport r = check(ASKED.formatted("1/4"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(
        s -> assertThat(s.lhs()).isEqualTo("p"));
  }

  @Test
  void onlyAQuestionOrASolveBeforeTheRelationPosesIt() {
    assertThat(PosedEquations.poses(" does ", "So we want to solve: for what $p$ does ")).isTrue();
    assertThat(PosedEquations.poses(" is ", "For which values of $x$ is ")).isTrue();
    assertThat(PosedEquations.poses("we want to solve ", "we want to solve ")).isTrue();
    assertThat(PosedEquations.poses(" does ", "The gradient $g$ does ")).isFalse();
    assertThat(PosedEquations.poses("we see that ", "For what it is worth, we see that "))
        .isFalse();
  }
}
