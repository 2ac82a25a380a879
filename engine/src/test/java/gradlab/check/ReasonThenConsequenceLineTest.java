package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Since a = y - f we have da/df = -1" reads two statements, the reason first: a is defined, so
 * a later "-a = y - f" is ✗ and "-a = f - y" is not; a reason that is an inequality states a
 * case and is not split off.
 */
@Timeout(120)
class ReasonThenConsequenceLineTest extends EngineFixture {
  private static final String SINCE = "Since a = y - f we have da/df = -1, so in the quadratic "
      + "part\n\n";

  private static List<StepResult> claimsAt(String text, int line) {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.md", text);
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).toList();
  }

  @Test
  void reasonDefinesItsNameAndTheConsequenceIsChecked() {
    List<StepResult> at = claimsAt(SINCE, 1);
    assertThat(at).as(at.toString()).hasSize(1);
    assertThat(at.get(0).verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void signSlipThroughTheReasonsNameIsRefuted() {
    List<StepResult> at = claimsAt(SINCE + "-a = y - f\n", 3);
    assertThat(at).as(at.toString()).hasSize(1);
    assertThat(at.get(0).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void trueStepThroughTheReasonsNameIsNotRefuted() {
    List<StepResult> at = claimsAt(SINCE + "-a = f - y\n", 3);
    assertThat(at).as(at.toString()).hasSize(1);
    assertThat(at.get(0).verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void inequalityAsTheReasonIsTheConsequencesCase() {
    // max(0, z) = z alone is false for z < 0 (and "we have" was read as factors): ✗ before
    List<StepResult> at = claimsAt("since z > 0 we have max(0, z) = z\n", 1);
    assertThat(at).as(at.toString()).isNotEmpty().allSatisfy(s -> assertThat(s.verdict())
        .isNotInstanceOf(StepVerdict.Refuted.class));
    List<StepResult> wrong = claimsAt("since z > 0 we have max(0, z) = 0\n", 1);
    assertThat(wrong).as(wrong.toString()).anySatisfy(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.Refuted.class));
  }
}
