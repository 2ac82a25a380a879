package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code v = (1, 2, 3, 4)} typed in the console said "')' expected" with the hint "an operator
 * or comma may be missing", which sent a new user (user34) looking for a missing operator; the
 * hint now says how a vector is written. A call's commas and an unclosed bracket keep theirs.
 */
@Timeout(10)
class VectorInRoundBracketsHintTest {
  @Test
  void aVectorTypedInRoundBracketsIsToldToUseSquareBrackets() {
    assertThatThrownBy(() -> Parser.parse("(1, 2, 3, 4)"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.hint())
            .isEqualTo(Brackets.VECTOR_HINT));
    assertThat(Brackets.tupleHint("x = (1, 2)")).isEqualTo(Brackets.VECTOR_HINT);
  }

  @Test
  void aCallWithSeveralArgumentsAndAnUnclosedBracketKeepTheirReadings() {
    assertThat(Brackets.tupleHint("f(1, 2) + max(a, b)")).isNull();
    assertThat(Parser.parse("[1, 2, 3, 4]")).isNotNull();
    assertThatThrownBy(() -> Parser.parse("(1 + 2"))
        .isInstanceOfSatisfying(ParseException.class, e -> assertThat(e.hint())
            .isNotEqualTo(Brackets.VECTOR_HINT));
  }
}
