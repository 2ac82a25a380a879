package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student types {@code W^T x} and {@code x^T x} in the console after {@code W = [[1, 2], [0,
 * 1]]}: the hint said "vectors and transposes are not part of the math language … or use tensors
 * in Java", though the console has lists, transpose(…) and dot(…) (user43). It now names them.
 */
@Timeout(10)
class TransposeHintNamesTheFunctionsTest {
  @Test
  void aTransposeBeforeAFactorPointsToTransposeAndDot() {
    assertThatThrownBy(() -> Parser.parse("W^T x"))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.getMessage()).contains("not as a transpose");
          assertThat(e.hint()).contains("transpose(W)").contains("dot(x, dot(W, x))")
              .doesNotContain("Java");
        });
  }
}
