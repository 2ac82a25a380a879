package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.lab.Worksheet;
import gradlab.symbolic.SymbolicEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code :forget ψ} after {@code ψ = 2*κ} (found by a new user): it said "ψ has no definition"
 * and ψ still showed 2κ, because the math language keeps ψ as psi. The letter typed directly
 * is its name; a name never defined is still said to have no definition.
 */
@Timeout(120)
class ForgetGreekLetterTypedDirectlyTest {
  @Test
  void forgetOfAGreekLetterTypedDirectlyForgetsItsDefinition() {
    try (SymbolicEngine engine = SymbolicEngine.create(gradlab.symbolic.EngineConfig
        .defaults())) {
      Worksheet sheet = new Worksheet(engine);
      sheet.evaluate("ψ = 2*κ", Worksheet.Format.UNICODE);
      sheet.evaluate("ψ₁ = 3", Worksheet.Format.UNICODE);
      assertThat(DefinitionCommands.forget("ψ ψ₁", sheet, n -> false)).isEqualTo("forgot ψ, ψ₁");
      assertThat(sheet.defines("psi")).isFalse();
      assertThat(sheet.defines("psi1")).isFalse();
      assertThat(DefinitionCommands.forget("κ", sheet, n -> false))
          .isEqualTo("κ has no definition (:vars lists them)");
    }
  }
}
