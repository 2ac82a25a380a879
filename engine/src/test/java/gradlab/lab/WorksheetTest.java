package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(Worksheet.splitTopLevel("f(a;b); c")).containsExactly("f(a;b)", " c");
  }

  @Test
  void lineEndEndsAStatementUnlessTheLineEndsWithAnOperator() {
    assertThat(Worksheet.splitTopLevel("x = 3\nx^2")).containsExactly("x = 3", "x^2");
    assertThat(Worksheet.splitTopLevel("y = x +\n  1")).containsExactly("y = x +\n  1");
    assertThat(Worksheet.splitTopLevel("f(x,\n y)")).containsExactly("f(x,\n y)");
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
}
