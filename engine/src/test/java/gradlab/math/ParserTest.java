package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class ParserTest {
  private static String unicode(String input) {
    return Printer.unicode(Parser.parse(input));
  }

  @Test
  void nInIsOneNamePrintedWithASubscript() {
    assertThat(Symbols.of(Parser.parse("(n_in + n_out)/2 * V"))).containsExactly("n_in",
        "n_out", "V");
    assertThat(unicode("n_in")).isEqualTo("nᵢₙ");
    assertThat(Printer.latex(Parser.parse("n_in"))).isEqualTo("n_{\\mathrm{in}}");
  }

  @Test
  void indexedNamesInEverySpellingAreTheSameName() {
    assertThat(Parser.parse("z₃ + z_3 + z_{3} + z3")).isEqualTo(Parser.parse("4*z3"));
  }

  @Test
  void unicodeInputReadsAsItsAsciiForm() {
    assertThat(Parser.parse("σ′(z₃)·w₄ − x² + √(x)"))
        .isEqualTo(Parser.parse("sigma'(z3)*w4 - x^2 + sqrt(x)"));
  }

  @Test
  void aliasesNameTheSameCatalogueFunction() {
    assertThat(Parser.parse("sigmoid(x) + logistic(x)")).isEqualTo(Parser.parse("2*σ(x)"));
  }

  @Test
  void unknownFunctionIsAnErrorWithSuggestionsAndPosition() {
    assertThatThrownBy(() -> Parser.parse("1 + sigmod(x)"))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("unknown function 'sigmod'");
          assertThat(e.position()).isEqualTo(4);
          assertThat(e.hint()).contains("sigma");
        });
  }

  @Test
  void anUndefinedOneLetterFunctionIsToldHowToDefineIt() {
    // problem set 1's cost C = (w4*g(z3) - a)^2/2 was answered "for a product write g*(…)":
    // the student meant an activation g, which is defined with g(z) = …
    assertThatThrownBy(() -> Parser.parse("(w4*g(z3) - a)^2/2"))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("unknown function 'g'");
          assertThat(e.hint()).startsWith("to use your own, define it first: g(z) = …")
              .contains("for a product write g*(…)");
        });
  }

  @Test
  void anEqualsInsideAnUnclosedBracketNamesTheBracket() {
    assertThatThrownBy(() -> Parser.statement("sigma(x = 1"))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.getMessage()).isEqualTo("unclosed bracket: the '(' at column 6 is never "
              + "closed");
          assertThat(e.position()).isEqualTo(5);
          assertThat(e.hint()).contains("sigma(x) = 1");
        });
    // closed brackets keep the old message: the '=' is the mistake there
    assertThatThrownBy(() -> Parser.parse("sigma(x) + 1 = 2"))
        .hasMessageContaining("'=' inside an expression");
  }

  @Test
  void divisionByZeroIsAnError() {
    assertThatThrownBy(() -> Parser.parse("1/0")).hasMessageContaining("division by zero");
    assertThatThrownBy(() -> Parser.parse("x/(2-2)")).hasMessageContaining("division by zero");
  }

  @Test
  void inputFormReadsBackToAnEqualExpression() {
    for (String s : new String[] {"(f - a)^2/2", "sigma''(z)*w4", "-x^2 + 3/4*y",
        "n_in*exp(-(8*z + b))", "{x -> 1, y == 2}", "x^(1/3) + 1/sqrt(x)"}) {
      Expression e = Parser.parse(s);
      assertThat(Parser.parse(Printer.input(e))).as(s).isEqualTo(e);
    }
  }

  @Test
  void definitionsAreStatementsAndEquationsAreNot() {
    assertThat(Parser.statement("L = (w + b - 2)^2").name()).isEqualTo("L");
    assertThat(Parser.statement("x == 2").isDefinition()).isFalse();
    assertThatThrownBy(() -> Parser.statement("sigma = 2")).hasMessageContaining("built-in");
  }

  @Test
  void numbersComeOutForEveryDerivative() {
    Environment none = Environment.EMPTY;
    assertThat(Numeric.value(Parser.parse("σ′(0)"), Map.of(), none)).isEqualTo(0.25);
    assertThat(Numeric.value(Parser.parse("logit′(1/2)"), Map.of(), none)).isEqualTo(4.0);
    assertThat(Numeric.value(Parser.parse("abs′(0.7)"), Map.of(), none)).isEqualTo(1.0);
    assertThat(PreciseNumeric.value(Parser.parse("σ(0.45)"), Map.of(), none, 30))
        .isEqualByComparingTo(new BigDecimal("0.610639233949221988297769233018")); // Python decimal, 40 digits
  }

  @Test
  void cyclicDefinitionIsAnErrorNamingTheCycle() {
    Environment env = Environment.EMPTY.with("a", Parser.parse("b + 1"));
    assertThatThrownBy(() -> env.with("b", Parser.parse("2*a")))
        .hasMessageContaining("b → a → b");
  }

  @Test
  void derivativeOfADepthTwentyChainStaysLinear() {
    Expression e = new Sym("x");
    for (int i = 0; i < 20; i++) {
      e = Algebra.call(MathFunction.SIGMOID, e);
    }
    Expression d = Differentiation.derivative(e, "x", Environment.EMPTY);
    assertThat(d).isInstanceOf(Product.class);
    assertThat(((Product) d).factors()).hasSize(20);
  }
}
