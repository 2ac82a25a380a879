package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "tanh²(a)" typed on a phone is tanh(a)², as sin²x is (sin x)²: read as a name tanh squared
 * times (a), the true {@code tanh'(a) = 1 − tanh²(a)} of a GRU's notes was ✗, tanh a function
 * on the left and a name on the right.
 */
@Timeout(60)
class FunctionPowerBeforeBracketTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void theDerivativeOfTanhWithTanhSquaredOfABracketIsNotRefuted() {
    CheckReport r = check("tanh'(a) = 1 − tanh²(a)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongSignBeforeTanhSquaredIsStillRefuted() {
    CheckReport r = check("tanh'(a) = 1 + tanh²(a)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aCaretPowerBeforeABracketIsReadAlike() {
    CheckReport r = check("sin^2(x) + cos^2(x) = 1\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check("sin^2(x) + cos^2(x) = 2\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void thePowerIsMovedAfterTheWholeBracket() {
    assertThat(BareFunctionArguments.powersOutside("1 − tanh²(a(1 + b)) + sin^3 (x)"))
        .isEqualTo("1 − tanh(a(1 + b))^2 + sin(x)^3");
    assertThat(BareFunctionArguments.powersOutside("tanh(a)^2 + x²(y)"))
        .isEqualTo("tanh(a)^2 + x²(y)");
  }
}
