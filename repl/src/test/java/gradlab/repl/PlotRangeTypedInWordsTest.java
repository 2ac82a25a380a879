package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.lab.Worksheet;
import gradlab.symbolic.SymbolicEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A new user typed {@code :plot sigma(x) from -5 to 5} and was told ":plot needs 'expr, var,
 * from, to' (got 1 part)". The range in words is read now, with the variable named (", x",
 * "for x") or, where it is not, the expression's one free name; two free names are an error
 * that names them, never a guess.
 */
@Timeout(120)
class PlotRangeTypedInWordsTest {
  @Test
  void aRangeInWordsIsReadWithOrWithoutTheVariable() {
    assertThat(PlotRequest.parse("sigma(x) from -5 to 5"))
        .isEqualTo(new PlotRequest("sigma(x)", "", -5, 5));
    assertThat(PlotRequest.parse("w*x, x from 0 to 1"))
        .isEqualTo(new PlotRequest("w*x", "x", 0, 1));
    assertThat(PlotRequest.parse("diff(sigma(z), z) for z from -6 to 6"))
        .isEqualTo(new PlotRequest("diff(sigma(z), z)", "z", -6, 6));
    assertThat(PlotRequest.parse("sigma(x), x, -6, 6"))
        .isEqualTo(new PlotRequest("sigma(x)", "x", -6, 6));
    assertThatThrownBy(() -> PlotRequest.parse("sigma(x) from 5 to -5"))
        .hasMessageContaining("from < to");
  }

  @Test
  void theVariableIsTheOneFreeNameAndTwoAreAnError() {
    try (SymbolicEngine engine = SymbolicEngine.create(gradlab.symbolic.EngineConfig
        .defaults())) {
      Worksheet sheet = new Worksheet(engine);
      MathCommands commands = new MathCommands(() -> engine, () -> sheet);
      assertThat(commands.plot("sigma(t) from -5 to 5")).startsWith("plot written");
      assertThatThrownBy(() -> commands.plot("w*x from 0 to 1"))
          .hasMessageContaining("the free names w, x").hasMessageContaining("name the variable, e.g. :plot w*x, w from 0 to 1");
      assertThatThrownBy(() -> commands.plot("2 from 0 to 1"))
          .hasMessageContaining("no free name");
    }
  }
}
