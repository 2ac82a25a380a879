package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatexReaderTest {

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", textBlock = """
      \\frac{a^2}{a^2 + b^2 + 1}                  => ((a^(2))/(a^(2)+b^(2)+1))
      \\frac{\\partial z}{\\partial v}             => pd(z, v)
      -\\frac{2a^2b}{(a^2 + b^2 + 1)^2}            => -((2*a^(2)*b)/((a^(2)+b^(2)+1)^(2)))
      \\sigma'(z_1) w_2                            => sigma'(z1)*w2
      h_{1in} w_7^*                               => h1in*w7star
      \\frac{1}{2}(\\hat{y} - y)^2                  => ((1)/(2))*(yhat-y)^(2)
      \\ln \\left( 1 + e^{-t} \\right)              => Log(1+E^(-t))
      |w|                                         => Abs(w)
      """)
  void translatesToEngineSyntax(String latex, String expected) {
    assertThat(LatexReader.read(latex).engineSyntax()).isEqualTo(expected);
  }

  @Test
  void bracesAroundTheDifferentiatedNamesOnlyGroupThem() {
    // CS231n writes \partial{C} / \partial{b^l_j}: "derivatives with respect to {b^l_j}"
    assertThat(LatexReader.read("\\frac{\\partial{C}}{\\partial{w^l_{jk}}}").engineSyntax())
        .isEqualTo(LatexReader.read("\\frac{\\partial C}{\\partial w^l_{jk}}").engineSyntax());
    assertThat(LatexReader.read("\\frac{\\partial{C}}{\\partial{z}^l_j}").engineSyntax())
        .isEqualTo(LatexReader.read("\\frac{\\partial C}{\\partial z^l_j}").engineSyntax());
  }

  @Test
  void userFunctionsAreAppliedNotMultiplied() {
    assertThat(LatexReader.read("a(x_1 w_1)", Set.of("a")).engineSyntax()).isEqualTo(
        "a(x1*w1)");
    assertThat(LatexReader.read("a(x_1 w_1)").engineSyntax()).isEqualTo("a*(x1*w1)");
  }

  @Test
  void underbraceNoteBecomesAClaim() {
    LatexReader r = LatexReader.read("\\underbrace{\\frac{\\partial u}{\\partial x}}_{=1/v} y");
    assertThat(r.engineSyntax()).isEqualTo("(pd(u, x))*y");
    assertThat(r.sideClaims()).singleElement().satisfies(c -> assertThat(c).containsExactly(
        "pd(u, x)", "1/v"));
  }

  @Test
  void unknownConstructsAreNamed() {
    assertThatThrownBy(() -> LatexReader.read("\\sum_{i=1}^n x_i")).hasMessageContaining(
        "Σ with symbolic bounds");
    assertThatThrownBy(() -> LatexReader.read("\\text{Cov}(x, y)")).hasMessageContaining(
        "covariances Cov");
  }
}
