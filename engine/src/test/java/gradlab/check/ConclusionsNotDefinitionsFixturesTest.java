package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A result concluded after ⇒ from an earlier claim about the same name is a claim, not a
 * definition; "For $i = j$:" is a case, not a definition of i (issue 12, fix18).
 */
@Timeout(300)
class ConclusionsNotDefinitionsFixturesTest extends gradlab.symbolic.EngineFixture {
  private static final String GLOROT = "The variance of $U(-a, a)$ is $a^2/3$, so "
      + "$\\frac{a^2}{3} = \\frac{2}{n}$ $\\Rightarrow$ ";

  private static List<StepResult> steps(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown)
        .steps();
  }

  private static StepResult about(List<StepResult> steps, String head) {
    return steps.stream().filter(s -> s.lhs().strip().equals(head)).reduce((x, y) -> y)
        .orElseThrow(() -> new AssertionError("no step on " + head + ": " + steps));
  }

  @Test
  void wrongResultAfterAnArrowIsAClaimNotADefinition() {
    List<StepResult> s = steps(GLOROT + "$a = \\sqrt{\\frac{12}{n}}$.\n");
    assertThat(about(s, "a").note()).as(s.toString()).isNotEqualTo("definition");
    assertThat(about(s, "a").verdict()).as(s.toString()).isNotNull();
  }

  @Test
  void rightResultAfterAnArrowIsNotRefuted() {
    List<StepResult> s = steps(GLOROT + "$a = \\sqrt{\\frac{6}{n}}$.\n");
    assertThat(about(s, "a").verdict()).as(s.toString())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void caseOfTwoIndicesIsNotADefinition() {
    List<StepResult> s = steps("Let $p_i = e^{z_i}$. For $i = j$:\n\n"
        + "$$\\frac{\\partial p_i}{\\partial z_i} = p_i$$\n");
    assertThat(s).as(s.toString()).noneMatch(r -> r.note().equals("definition")
        && r.lhs().startsWith("i"));
    assertThat(s).as(s.toString()).anyMatch(r -> r.note().equals(CaseConditions.NOTE));
  }
}
