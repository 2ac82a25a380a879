package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain-text notes (new-user tester): tanh'(0) was "tanh is not defined", a line "= 7" was "a
 * side of the relation is empty", a list's "- " was a minus sign, and inline math broken over
 * two lines in a Markdown bullet was dropped without a word.
 */
@Timeout(60)
class PlainTextContinuationsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aBuiltInFunctionsPrimeIsItsDerivative() {
    CheckReport r = text("tanh'(0) = 1\nsigmoid'(0) = 1/4\ntanh'(x) = 1 - tanh(x)^2\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
    CheckReport wrong = text("tanh'(0) = 0\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void aLineBeginningWithARelationContinuesTheChainAbove() {
    CheckReport r = text("- L = 3 + 4\n  = 7\n- f = 2 * 3\n  = 6\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport wrong = text("a = 2*3\n= 6\n= 7\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(
        s -> assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void aLoneDashIsAMinusAndAContinuationAfterAPointIsNotGuessed() {
    CheckReport r = text("- 3 + 5 = 2\nw = 0.5, x = 2\n= 3\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void inlineMathBrokenOverTwoLinesIsRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "- $L = 3 + 4\n  = 7$\n- costs $5 and\n"
        + "  $10 in all\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = FixturePair.checkMarkdown(engine, "- $L = 3 + 4\n  = 8$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
