package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Two bracketed factors side by side are a product, and a power after them belongs to the last
 * one: Symja's relaxed parser had read {@code (1/2)(a - y)^2} as ((a − y)/2)², so a derivative
 * through such a definition was half the true one.
 */
class BracketsSideBySideTest extends EngineFixture {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      (1/2)(a - y)^2         | (1/2)*((a - y)^2)
      (a + 1) (a - y)^2      | (a + 1)*((a - y)^2)
      (a)(b)(c)^3            | a*b*(c^3)
      (a)(b)^-1              | a/b
      -(a + 1)(b)^2          | -(a + 1)*(b^2)
      (x)(x - 1)^2/2         | x*((x - 1)^2)/2
      """)
  void powerAfterSideBySideBracketsTakesOnlyTheLastFactor(String written, String meant) {
    assertThat(eval("Expand((" + written + ") - (" + meant + "))").input()).isEqualTo("0");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      (1/2)(a - y)^2         | a - y
      (a + 1)(a - y)^2       | (a - y)^2 + 2*(a + 1)*(a - y)
      """)
  void derivativeOfSideBySideBracketsIsTheProductRule(String written, String derivative) {
    Expr d = engine.diff(eval(written), "a");
    assertThat(eval("Expand((" + d.input() + ") - (" + derivative + "))").input())
        .isEqualTo("0");
  }
}
