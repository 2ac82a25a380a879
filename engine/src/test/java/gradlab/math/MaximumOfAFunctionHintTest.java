package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student asks for the maximum of σ′ as {@code max(sigma'(z))} or {@code max of sigma'(z)}:
 * the hints were "check the commas inside max(…)" and "write max(x)" (user42). They now name
 * maximize(…, z), which gives a function's largest value.
 */
@Timeout(10)
class MaximumOfAFunctionHintTest {
  @Test
  void maxOfOneExpressionPointsToMaximizeOverItsVariable() {
    assertThatThrownBy(() -> Parser.parse("max(sigma'(z))"))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.getMessage()).contains("larger of two numbers");
          assertThat(e.hint()).contains("maximize(…, z)");
        });
    assertThatThrownBy(() -> Parser.parse("min((x - 1)^2)"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.hint())
            .contains("minimize(…, x)"));
  }

  @Test
  void maxWithoutBracketsPointsToMaximize() {
    assertThatThrownBy(() -> Parser.parse("max of sigma'(z)"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.hint())
            .contains("maximize(f(z), z)"));
  }

  @Test
  void maxOfTwoNumbersIsUnchanged() {
    assertThat(Parser.parse("max(2, 3)")).isNotNull();
    assertThatThrownBy(() -> Parser.parse("sin x"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.hint())
            .contains("write sin(x)"));
  }
}
