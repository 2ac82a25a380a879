package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.lab.Worksheet;
import gradlab.symbolic.SymbolicEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code :plot f(x), x, 0, 1} after {@code x = 3}: the definition of x was put in, and a flat
 * line at f(3) was drawn without a word. The plot's variable is its own free variable now;
 * every other defined name still means its definition.
 */
@Timeout(120)
class PlotVariableDefinedInTheSessionTest {
  @Test
  void thePlotsVariableStaysFreeAndOtherDefinitionsAreStillPutIn() {
    try (SymbolicEngine engine = SymbolicEngine.create(gradlab.symbolic.EngineConfig
        .defaults())) {
      Worksheet sheet = new Worksheet(engine);
      sheet.evaluate("f(x) = x^2; x = 3; y = 2", Worksheet.Format.UNICODE);
      assertThat(sheet.expandedValue("f(x)", "x").unicode()).isEqualTo("x²");
      assertThat(sheet.expandedValue("f(x)").unicode()).isEqualTo("9"); // math's x is still 3
      MathCommands commands = new MathCommands(() -> engine, () -> sheet);
      // b has no value: the message names the expression, with x left free (not 9·b)
      assertThatThrownBy(() -> commands.plot("f(x)*b, x, 0, 1"))
          .hasMessageContaining("x²").hasMessageContaining("depends on b besides x");
      // y's definition is still put in when y is not the plot's variable: nothing is free
      assertThat(commands.plot("f(x)*y, x, 0, 1")).startsWith("plot written");
      assertThatThrownBy(() -> commands.plot("f(x)*y*b, y, 0, 1"))
          .hasMessageContaining("9b·y").hasMessageContaining("depends on b besides y");
    }
  }
}
