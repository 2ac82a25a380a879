package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "tanh z" and "tanh²z" typed as LaTeX writes \tanh z: read as the name tanh times z, the true
 * step (1 + tanh z)(1 − tanh z) = 1 − tanh²z was ✗ in plain text and at the console (a TA).
 */
@Timeout(60)
class TanhWithABareArgumentTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aTrueIdentityWithTanhOfABareArgumentIsProved() {
    CheckReport r = check("(1 + tanh z)(1 − tanh z) = 1 − tanh²z\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theSameIdentityWithACaretPowerIsProved() {
    CheckReport r = check("2 · (1 + tanh z)/2 · (1 - tanh z)/2 = (1 - tanh^2 z)/2\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongIdentityWithTanhOfABareArgumentIsStillRefuted() {
    CheckReport r = check("(1 + tanh z)(1 - tanh z) = 1 + tanh²z\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aFunctionWordWithoutAnyArgumentIsNotCheckedNeverRefuted() {
    CheckReport r = check("tanh + 1 = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("without its argument in brackets");
  }

  @Test
  void bareArgumentsAreBracketedAndOthersKept() {
    assertThat(BareFunctionArguments.bracketed("y ln a + log p1 = tanh²z.")).isEqualTo(
        "y ln(a) + log(p1) = tanh(z)².");
    assertThat(BareFunctionArguments.bracketed("tanh(z) + ln 2x")).isEqualTo("tanh(z) + ln 2x");
  }
}
