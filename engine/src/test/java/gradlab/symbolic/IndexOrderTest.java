package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indexed names print in the order of their indices, not as text (x₁ + x₁₀ + x₂, user23). */
class IndexOrderTest extends EngineFixture {

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", textBlock = """
      x1 + x2 + x10 + x11               => x₁ + x₂ + x₁₀ + x₁₁
      x10 + 3*x2 + x1                   => x₁ + 3x₂ + x₁₀
      w1*x1 + w10*x10 + w2*x2           => w₁·x₁ + w₂·x₂ + w₁₀·x₁₀
      a + x12 + x3 - y10 - y9           => a + x₃ + x₁₂ − y₉ − y₁₀
      x^10 + x^2 + x                    => x + x² + x¹⁰
      """)
  void sumsOfIndexedNamesPrintInIndexOrder(String input, String expected) {
    assertThat(eval(input).unicode()).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", textBlock = """
      b - a + c                         => b + c − a
      sigma(z) + z*w                    => w·z + σ(z)
      """)
  void termsWithoutIndicesKeepTheLibrarysOrder(String input, String expected) {
    assertThat(eval(input).unicode()).isEqualTo(expected);
  }
}
