package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Kingma and Welling write {@code p_{\boldsymbol{\theta}}(\mathbf{x})}: the bold θ labels the
 * density as a plain θ does, so both are one name. The reader had named it pboldsymboltheta, an
 * unknown function the math language's parser refused (LatexReaderParserFormTest on held15's
 * file).
 */
@Timeout(30)
class BoldSubscriptNameTest {
  private static String read(String latex) {
    return LatexReader.read(latex, LatexReading.defaults()).engineSyntax();
  }

  @Test
  void aBoldGreekSubscriptNamesTheSameFunctionAsThePlainOne() {
    assertThat(read("p_{\\boldsymbol{\\theta}}(x)")).isEqualTo(read("p_{\\theta}(x)"));
    assertThat(read("q_{\\bm{\\phi}}(z)")).isEqualTo(read("q_{\\phi}(z)"));
  }

  @Test
  void aBoldLatinSubscriptIsItsLetterAndOtherSubscriptsKeepTheirText() {
    assertThat(read("w_{\\mathbf{x}}")).isEqualTo(read("w_{x}"));
    assertThat(read("W_{\\text{in}}")).isEqualTo(read("W_{in}"));
    assertThat(read("w_{\\mathbf{x}}")).isNotEqualTo(read("w_{y}"));
  }
}
