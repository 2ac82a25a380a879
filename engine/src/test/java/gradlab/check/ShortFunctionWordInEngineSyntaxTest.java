package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Engine syntax {@code let sp(x) = log(1 + exp(x))}: a short word the engine keeps as an
 * unspecified function is a function of the text. Its definition was "not read", so sp′(x) =
 * σ(x) and the planted sp(0) = 1/2 were all "not checked" (held20b's softplus file).
 */
@Timeout(120)
class ShortFunctionWordInEngineSyntaxTest extends gradlab.symbolic.EngineFixture {
  private static final String LET = "let sp(x) = log(1 + exp(x))\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.gl", text);
  }

  @Test
  void theDerivativeOfAShortWordFunctionIsProved() {
    CheckReport r = check(LET + "sp'(x) = sigma(x)\nsp(0) = log(2)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongDerivativeAndAWrongValueAreRefuted() {
    CheckReport r = check(LET + "sp'(x) = 1 - sigma(x)\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(2));
    CheckReport v = check(LET + "sp(0) = 1/2\n");
    assertThat(v.firstRefuted()).as(v.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(2));
  }
}
