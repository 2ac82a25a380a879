package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DerivativeOperatorsTest {

  private static void sameAs(String typed, String written) {
    assertThat(Parser.parse(typed)).isEqualTo(Parser.parse(written));
  }

  @Test
  void partialOfACallOverAPartialIsDiff() {
    sameAs("∂σ(z)/∂z", "diff(sigma(z), z)");
  }

  @Test
  void partialOfABracketAndOfAName() {
    sameAs("∂(x²)/∂x", "diff(x^2, x)");
    sameAs("∂L/∂w", "diff(L, w)");
  }

  @Test
  void partialOperatorTakesTheProductThatFollows() {
    sameAs("∂/∂w (w*x + b)", "diff(w*x + b, w)");
    sameAs("2*∂(x^2)/∂x + 1", "2*diff(x^2, x) + 1");
  }

  @Test
  void secondPartialWithMatchingOrdersIsTheSecondDerivative() {
    sameAs("∂²(x^3)/∂x²", "diff(x^3, {x, 2})");
    sameAs("∂²/∂x² x^4", "diff(x^4, {x, 2})");
  }

  @Test
  void partialOperatorBeforeASumIsAnErrorAsForLeibniz() {
    assertThatThrownBy(() -> Parser.parse("∂/∂x x^2 + x")).isInstanceOf(ParseException.class)
        .hasMessageContaining("followed by a sum");
    assertThatThrownBy(() -> Parser.parse("d/dx x^2 + x")).isInstanceOf(ParseException.class)
        .hasMessageContaining("followed by a sum");
  }

  @Test
  void powerWithoutBracketsMixedOrMismatchedOrdersAreErrorsWithHints() {
    assertThatThrownBy(() -> Parser.parse("∂x^2/∂x")).isInstanceOf(ParseException.class)
        .hasMessageContaining("∂ without its /∂x");
    assertThatThrownBy(() -> Parser.parse("∂²f/∂x∂y")).isInstanceOf(ParseException.class)
        .hasMessageContaining("mixed");
    assertThatThrownBy(() -> Parser.parse("∂²x/∂x")).isInstanceOf(ParseException.class)
        .hasMessageContaining("do not match");
  }

  @Test
  void leibnizQuotientOfAWrittenCallIsDiff() {
    sameAs("d tanh(x)/dx", "diff(tanh(x), x)");
    sameAs("d(x^2)/dx + 1", "diff(x^2, x) + 1");
  }

  @Test
  void aProductWithANameDThatIsNotOverItsVariableStaysAProduct() {
    sameAs("d tanh(x)/dy", "d*tanh(x)/dy");
  }
}
