package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.lab.Worksheet;
import gradlab.symbolic.SymbolicEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code :plot} of an expression that uses definitions goes through them. */
@Timeout(120)
class PlotDefinitionsTest {
  @Test
  void plotOfADerivativeOfADefinedNameDifferentiatesThroughTheDefinition() {
    try (SymbolicEngine engine = SymbolicEngine.create(gradlab.symbolic.EngineConfig
        .defaults())) {
      Worksheet sheet = new Worksheet(engine);
      sheet.evaluate("L = (w - 2)^2", Worksheet.Format.UNICODE);
      MathCommands commands = new MathCommands(() -> engine, () -> sheet);
      // before, diff(L, w) was Symja's derivative of the bare symbol L: 0, so 0·b had no b in
      // it and a flat zero line was drawn without a word
      assertThatThrownBy(() -> commands.plot("diff(L, w)*b, w, 0, 4"))
          .hasMessageContaining("depends on b besides w")
          .hasMessageContaining("w − 2");
    }
  }
}
