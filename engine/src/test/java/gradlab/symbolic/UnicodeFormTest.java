package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnicodeFormTest extends EngineFixture {

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", textBlock = """
      (f-a)^2/2                => (f − a)²/2
      w_4*sigma(z_3)           => w₄·σ(z₃)
      Sqrt(1-4/W)              => √(1 − 4/W)
      x^-1                     => 1/x
      -x + 1                   => 1 − x
      D(sigma(z), {z, 2})      => σ″(z)
      Abs(w)/4                 => |w|/4
      2*x*y                    => 2x·y
      E^x                      => e^x
      Pi*alpha                 => α·π
      x^2 >= 1                 => x² ≥ 1
      """)
  void printsTextbookUnicode(String input, String expected) {
    assertThat(eval(input).unicode()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      σ(z₃)·w₄   | w4*sigma(z3)
      x²+y³      | x^2+y^3
      """)
  void readsUnicodeInput(String input, String expectedInputForm) {
    assertThat(eval(input).input()).isEqualTo(expectedInputForm);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      diff(sigma(w*x+b), b)
      (f-a)^2/2*w4*Derivative(1)[sigma][z3]
      Sqrt(1-4/W)*Log(W)
      """)
  void inputFormReparsesToTheSameExpression(String input) {
    Expr e = eval(input);
    assertThat(eval(e.input())).isEqualTo(e);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      w4*sigma(z3)   | w_{4} \\cdot \\sigma(z_{3})
      Sqrt(x)/y      | \\frac{\\sqrt{x}}{y}
      """)
  void printsLatexWithSubscripts(String input, String expected) {
    assertThat(eval(input).tex()).isEqualTo(expected);
  }
}
