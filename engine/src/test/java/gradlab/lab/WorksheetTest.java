package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.symbolic.ChainRule;
import gradlab.symbolic.Definitions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class WorksheetTest extends gradlab.symbolic.EngineFixture {
  @Test
  void diffOfDefinedNameGoesThroughTheChainRuleLayer() {
    String sheet = new Worksheet(engine).evaluate("z1 = w1*x + b1; f = w2*sigma(z1); "
        + "C := (f - a)^2/2; diff(C, b1)", Worksheet.Format.UNICODE);
    String direct = new ChainRule(engine, Definitions.parse(engine, "z1 = w1*x + b1",
        "f = w2*sigma(z1)", "C = (f - a)^2/2")).derivative("C", "b1").unicode();
    assertThat(sheet).isEqualTo(direct).isEqualTo("(f − a)·w₂·σ′(z₁)");
  }

  @Test
  void plainExpressionIsEvaluatedAsTheEngineDoes() {
    assertThat(new Worksheet(engine).evaluate("diff(x^3, x)", Worksheet.Format.INPUT))
        .isEqualTo(engine.eval("diff(x^3, x)").input());
  }

  @Test
  void semicolonsInsideBracketsDoNotSplit() {
    assertThat(StatementSplitter.split("f(a;b); c")).containsExactly("f(a;b)", " c");
  }

  @Test
  void lineEndEndsAStatementUnlessTheLineEndsWithAnOperator() {
    assertThat(StatementSplitter.split("x = 3\nx^2")).containsExactly("x = 3", "x^2");
    assertThat(StatementSplitter.split("y = x +\n  1")).containsExactly("y = x +\n  1");
    assertThat(StatementSplitter.split("f(x,\n y)")).containsExactly("f(x,\n y)");
  }

  @Test
  void constantOnTheNextLineIsAValueNotAFactor() {
    assertThat(new Worksheet(engine).evaluate("x = 3\nx^2", Worksheet.Format.UNICODE))
        .isEqualTo("9");
  }

  @Test
  void comparisonIsNotTakenForADefinition() {
    assertThat(new Worksheet(engine).evaluate("x == x", Worksheet.Format.INPUT))
        .isEqualTo("True");
  }

  @Test
  void bracketSyntaxWithOurFunctionsAndCommandsIsEvaluatedAsOurs() {
    Worksheet w = new Worksheet(engine);
    assertThat(w.evaluate("Sin[x]", Worksheet.Format.UNICODE)).isEqualTo("sin(x)");
    // D is our D: through the definition of L, not Symja's derivative of the symbol L (0)
    assertThat(w.evaluate("L = (w - 2)^2; D[L, w]", Worksheet.Format.UNICODE))
        .isEqualTo("2(w − 2)");
    assertThat(w.evaluate("Simplify[sigma'(z) - sigma(z)*(1 - sigma(z))]",
        Worksheet.Format.UNICODE)).isEqualTo("0");
  }

  @Test
  void bracketSyntaxOutsideTheLanguageIsAOneLineErrorWithAHint() {
    Worksheet w = new Worksheet(engine);
    assertThatThrownBy(() -> w.evaluate("{1, 2, 3}[[2]]", Worksheet.Format.UNICODE))
        .hasMessageContaining("list indexing [[…]] is not part of the language")
        .hasMessageContaining("hint").satisfies(e -> assertThat(e.getMessage()).doesNotContain(
            "\tat "));
    assertThatThrownBy(() -> w.evaluate("x[1]", Worksheet.Format.UNICODE))
        .hasMessageContaining("'[' is not part of the language")
        .hasMessageContaining("does not index lists").hasMessageContaining("round brackets");
  }

  @Test
  void expandedValueDifferentiatesThroughDefinitionsAndExpandsThem() {
    Worksheet w = new Worksheet(engine);
    w.evaluate("L = (w - 2)^2; d = diff(sigma(z), z)", Worksheet.Format.UNICODE);
    assertThat(w.expandedValue("diff(L, w)*b").unicode()).contains("w").contains("b");
    assertThat(w.expandedValue("d").unicode()).isEqualTo("σ′(z)");
    assertThat(w.definitions()).hasSize(2);
  }
}
