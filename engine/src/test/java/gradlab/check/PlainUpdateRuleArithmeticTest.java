package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The arithmetic after a plain-text update rule is claimed (a new user's
 * {@code w ← w − 0.1 g = 0.5 − 0.025 = 0.485} was shown as "an assignment, not a claim" and its
 * wrong subtraction passed unseen), also after a comma that states the new value; the old value
 * is never compared with the new one.
 */
@Timeout(120)
class PlainUpdateRuleArithmeticTest extends EngineFixture {
  private static final String GIVEN = "w = 0.5, g = 0.25\n\n";

  private static List<StepResult> claimsAt(String markdown, int line) {
    return FixturePair.checkMarkdown(engine, markdown).steps().stream()
        .filter(s -> s.line() == line && s.isClaim()).toList();
  }

  @Test
  void wrongArithmeticAfterARuleIsRefuted() {
    List<StepResult> at = claimsAt(GIVEN + "w ← w − 0.1 g = 0.5 − 0.025 = 0.485\n", 3);
    assertThat(at).as(at.toString()).hasSize(2);
    assertThat(at.get(0).verdict()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(at.get(1).verdict()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void rightArithmeticAfterARuleIsProvedAndTheNewValueHoldsAfter() {
    List<StepResult> at = claimsAt(GIVEN + "w ← w − 0.1 g = 0.5 − 0.025 = 0.475\n\n"
        + "2w = 0.95\n", 3);
    assertThat(at).as(at.toString()).hasSize(2).allSatisfy(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.Proved.class));
    List<StepResult> after = claimsAt(GIVEN + "w ← w − 0.1 g = 0.5 − 0.025 = 0.475\n\n"
        + "2w = 0.95\n", 5);
    assertThat(after).as(after.toString()).hasSize(1);
    assertThat(after.get(0).verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void newValueAfterACommaIsNotComparedWithTheOldOne() {
    List<StepResult> right = claimsAt(GIVEN
        + "w ← w − η g, η = 0.1: w = 0.5 − 0.025 = 0.475\n", 3);
    assertThat(right).as(right.toString()).isNotEmpty().allSatisfy(s -> assertThat(s.verdict())
        .isNotInstanceOf(StepVerdict.Refuted.class));
    List<StepResult> wrong = claimsAt(GIVEN
        + "w ← w − η g, η = 0.1: w = 0.5 − 0.025 = 0.485\n", 3);
    assertThat(wrong).as(wrong.toString()).anySatisfy(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.Refuted.class));
  }
}
