package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A softmax with a temperature, softmax({1, 2}/2), was the error "softmax
 * takes one list" (user35): the list divided by a number is still one list. It is the softmax of
 * the scaled items; a list times a name (which may be a list) and a call with no list at all are
 * still the error, the first with how to scale each item.
 */
@Timeout(60)
class SoftmaxOfAScaledListTest {
  private static Expression parse(String s) {
    return Parser.parse(s);
  }

  @Test
  void aListDividedByATemperatureIsTheSoftmaxOfTheScaledItems() {
    assertThat(parse("softmax({1, 2}/2)")).isEqualTo(parse("softmax({1/2, 1})"));
    assertThat(parse("logsumexp(2*{a, b})")).isEqualTo(parse("logsumexp({2*a, 2*b})"));
  }

  @Test
  void theScaledSoftmaxIsNotTheUnscaledOne() {
    assertThat(parse("softmax({1, 2}/2)")).isNotEqualTo(parse("softmax({1, 2})"));
  }

  /** v may be a list defined in the session ({1, 2}*v then pairs items): not scaled, told how. */
  @Test
  void aListTimesANameIsNotReadAsScaledButToldHowToScale() {
    assertThatThrownBy(() -> parse("softmax({z1, z2}/T)")).isInstanceOf(ParseException.class)
        .hasMessageContaining("one list").satisfies(e -> assertThat(((ParseException) e).hint())
        .contains("softmax({a/T, b/T})"));
  }

  @Test
  void aSoftmaxOfNoListIsStillAnError() {
    assertThatThrownBy(() -> parse("softmax(z/2)")).isInstanceOf(ParseException.class)
        .hasMessageContaining("one list");
  }
}
