package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What a student meets first with plain numbers: factor of an integer, log at zero. */
@Timeout(60)
class NumberAnswersTest extends gradlab.symbolic.EngineFixture {

  private static String typed(String input) {
    return new Worksheet(engine).evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void factorOfAnIntegerKeepsTheNumberAndNotesItsPrimeFactors() {
    engine.drainNotes();
    assertThat(typed("factor(12)")).isEqualTo("12");
    assertThat(engine.drainNotes()).containsExactly("12 = 2²·3");
  }

  @Test
  void factorOfAPrimeSaysItIsPrime() {
    engine.drainNotes();
    typed("factor(-97)");
    assertThat(engine.drainNotes()).containsExactly("−97 = −97 (a prime)");
  }

  @Test
  void factorOfAPolynomialIsUnchangedByTheIntegerCase() {
    assertThat(typed("factor(x^2 - 1)")).isEqualTo("(x − 1)·(1 + x)");
  }

  @Test
  void logOfZeroSaysMinusInfinityAndPointsToTheLimit() {
    assertThatThrownBy(() -> typed("log(0)")).hasMessageContaining("−∞")
        .hasMessageContaining("limit(log(x), x, 0)");
  }

  @Test
  void logOfANegativeNumberIsNotReal() {
    assertThatThrownBy(() -> typed("log(-1)")).hasMessageContaining("log(-1) is not real");
  }
}
