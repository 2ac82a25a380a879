package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * After a stop the library's own code ignores (a factorisation), the engine starts a new
 * evaluator; a worksheet's bridge to the old one made expform(softplus(x)) stay softplus(x),
 * and limit(softplus(x)/x, x → ∞) came out 0, for the rest of the session (found by a lecturer).
 */
@Timeout(120)
class EngineRestartTest {

  @Test
  void aWorksheetAnswersAsBeforeAfterTheEngineWasRestarted() {
    SymbolicEngine engine = SymbolicEngine.create(EngineConfig.defaults()
        .withTimeLimit(Duration.ofSeconds(2)));
    Worksheet sheet = new Worksheet(engine);
    assertThat(sheet.evaluate("expform(softplus(x))", Worksheet.Format.INPUT))
        .isEqualTo("Log(1+E^x)");
    try {
      sheet.evaluate("factor(x^300 - y^300 + x*y)", Worksheet.Format.INPUT);
    } catch (RuntimeException stopped) {
      // the time limit: what matters is what comes after
    }
    assertThat(sheet.evaluate("expform(softplus(x))", Worksheet.Format.INPUT))
        .isEqualTo("Log(1+E^x)");
    assertThat(sheet.evaluate("limit(softplus(x)/x, x -> oo)", Worksheet.Format.INPUT))
        .isEqualTo("1");
  }
}
