package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "Let $L(w_1, w_2) = w_1^2 + 3 w_1 w_2$ … $\nabla L = [2w_1 + 3w_2, 3w_1]$" was "cannot read: ∇L
 * without its variables", though the text had named them in L's definition: ∇L is the gradient
 * in L's parameters.
 */
@Timeout(60)
class GradientOfADefinedFunctionTest extends gradlab.symbolic.EngineFixture {
  private static final String DEFINED = "Let $L(w_1, w_2) = w_1^2 + 3 w_1 w_2$.\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theGradientOfAFunctionDefinedWithItsParametersIsProved() {
    CheckReport r = check(DEFINED + "$$\\nabla L = [2w_1 + 3w_2, 3w_1]$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongComponentOfThatGradientIsRefutedAtItsLine() {
    CheckReport r = check(DEFINED + "$$\\nabla L = [2w_1 + 3w_2, 3w_2]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void aGradientOfANameWithoutParametersStaysUnread() {
    CheckReport r = check("Let $C = w_1^2 + w_2^2$.\n\n$$\\nabla C = [2w_1, 2w_2]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }
}
