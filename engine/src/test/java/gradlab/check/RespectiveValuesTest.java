package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * d2l: "at $x = -1, 0, 2$, where the function takes the values $-5, 0, -32$ respectively". The
 * list was "not checked: formulas separated by commas" and a wrong value passed unseen.
 */
@Timeout(60)
class RespectiveValuesTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "$$f(x) = 3x^4 - 4x^3 -12x^2$$\n\nThe only possible minima "
      + "are at $x = -1, 0, 2$, where the function takes the values $%s$ respectively.\n";

  @Test
  void eachValueIsAClaimAboutTheOneFunctionDefined() {
    CheckReport right = FixturePair.checkMarkdown(engine, TEXT.formatted("-5,0, -32"));
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isEqualTo(3);
    assertThat(right.count(StepVerdict.NotChecked.class)).as(right.render()).isZero();
    CheckReport wrong = FixturePair.checkMarkdown(engine, TEXT.formatted("-13,0, -32"));
    assertThat(wrong.firstRefuted().orElseThrow().lhs()).as(wrong.render()).isEqualTo("f(-1)");
  }

  @Test
  void withTwoFunctionsDefinedWhichOneIsMeantIsNotWritten() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$g(x) = x^2$$\n\n" + TEXT.formatted(
        "-13,0, -32"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
