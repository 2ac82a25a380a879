package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class LatexPrinterTest {
  private static String tex(String input) {
    return Printer.latex(Parser.parse(input));
  }

  @Test
  void aListOfEqualRowsIsAMatrix() {
    assertThat(tex("{{2*y, 2*x}, {2*x, 0}}"))
        .isEqualTo("\\begin{pmatrix} 2 y & 2 x \\\\ 2 x & 0 \\end{pmatrix}");
  }

  @Test
  void aRaggedListStaysAList() {
    assertThat(tex("{{1, 2}, {3}}")).startsWith("\\left\\{");
  }

  @Test
  void namesKeepTheirCaseAndGreekLettersAreCommands() {
    assertThat(tex("W1 - w1 + gamma")).isEqualTo("W_{1} - w_{1} + \\gamma");
  }

  @Test
  void aMultiLetterSubscriptIsUpright() {
    assertThat(tex("n_in")).isEqualTo("n_{\\mathrm{in}}");
  }

  @Test
  void activationsAreOperatorNamesNeverNestedInText() {
    assertThat(tex("leakyrelu(x)")).isEqualTo("\\operatorname{LeakyReLU}\\left(x\\right)");
  }

  @Test
  void aSeriesListsItsConstantFirstAndTheOrderTermLast() {
    Expression series = Algebra.sum(java.util.List.of(new Command("O",
        java.util.List.of(Algebra.power(new Sym("x"), Num.of(4)))), new Sym("x"), Num.of(1, 2)));
    assertThat(Printer.latex(series)).startsWith("\\frac{1}{2} + x").endsWith("O({x}^{4})");
  }
}
