package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function whose body uses a name the text defines, "Let $c = \sqrt{2}$ and $g(x) = c x$":
 * the definition reaches the body. Definitions were put in before the functions were applied,
 * so c stayed free, was sampled at 0.5, and the true g(x)² = 2x² was refuted (a false ✗ found
 * while probing named points, trust21); a wrong g(x)² = x² is still refuted.
 */
@Timeout(120)
class FunctionBodyUsesADefinedConstantTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "Let $c = \\sqrt{2}$ and $g(x) = c x$.\n\n$$g(x)^2 = ";

  @Test
  void theTrueStepIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT + "2 x^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongStepIsRefutedAtAPointThatNeverSamplesTheConstant() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT + "x^2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(3));
    assertThat(r.render()).doesNotContain("c = 0.5");
  }
}
