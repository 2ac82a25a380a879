package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** sum(v) of one vector adds its entries (it was Symja's "Sum called with 1 arguments"). */
@Timeout(60)
class SumOfAVectorTest extends gradlab.symbolic.EngineFixture {

  private static String typed(String input) {
    return new Worksheet(engine).evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void theSumOfASquaredVectorIsItsSquaredNorm() {
    assertThat(typed("sum([1, 2, 3, 4]^2)")).isEqualTo("30");
    assertThat(typed("sum({a, b})")).isEqualTo("a + b");
  }

  @Test
  void theRangeFormIsStillTheSeries() {
    assertThat(typed("sum(i, i, 1, 4)")).isEqualTo("10");
  }

  @Test
  void aMatrixOrAScalarIsRefusedWithAHint() {
    assertThatThrownBy(() -> typed("sum([[1, 2], [3, 4]])")).hasMessageContaining("matrix");
    assertThatThrownBy(() -> typed("sum(x)")).hasMessageContaining("needs a vector")
        .hasMessageContaining("sum(f, i, 1, n)");
  }
}
