package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * LaTeX braces typed as math by a new user: {@code x^{3}} is the power x³ (it was the list
 * {x³}, shown as a result and "no numeric value" in a checked file), a list of two exponents
 * stays a list, and {@code sum_{i=1}^{10} i} is an error naming sum(…) (it printed the product
 * of i with a name "sum_i=1").
 */
@Timeout(10)
class LatexBracesInMathTest {
  @Test
  void bracedExponentIsAGroupNotAOneElementList() {
    assertThat(Parser.parse("x^{3}")).isEqualTo(Parser.parse("x^3"));
    assertThat(Parser.parse("x*e^{-x^2}")).isEqualTo(Parser.parse("x*e^(-x^2)"));
    assertThat(Parser.parse("x^{3}")).isNotEqualTo(Parser.parse("x^2"));
    assertThat(Parser.parse("x^{3}")).isNotInstanceOf(ExprList.class);
  }

  @Test
  void bracedExponentOfTwoItemsStaysAList() {
    assertThat(Parser.parse("x^{1, 2}")).isEqualTo(Parser.parse("x^{1, 2}"));
    assertThat(Printer.unicode(Parser.parse("x^{1, 2}"))).contains("{");
  }

  @Test
  void sumWithARangeInItsSubscriptIsAnErrorNamingSum() {
    assertThatThrownBy(() -> Parser.parse("sum_{i=1}^{10} i"))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.getMessage()).contains("range");
          assertThat(e.hint()).contains("sum(f, i, 1, n)");
        });
    assertThat(Parser.parse("z_{12} + 1")).isEqualTo(Parser.parse("z12 + 1"));
  }
}
