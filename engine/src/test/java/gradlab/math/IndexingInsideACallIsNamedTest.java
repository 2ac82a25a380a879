package gradlab.math;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code diff(softmax({z1, z2, z3})[[1]], z1)} in the console said "')' expected" with the hint
 * "the '(' at column 5 is not closed here", though the bracket is closed and the cause is the
 * list indexing [[…]]: inside a call, as at the top level, the indexing is named.
 */
@Timeout(10)
class IndexingInsideACallIsNamedTest {
  @Test
  void listIndexingInsideACallIsNamedNotAnUnclosedBracket() {
    assertThatThrownBy(() -> Parser.parse("diff(softmax({z1, z2, z3})[[1]], z1)"))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.getMessage()).contains("list indexing [[…]]");
          assertThat(e.hint()).doesNotContain("not closed");
        });
  }

  @Test
  void anUnclosedCallKeepsItsMessage() {
    assertThatThrownBy(() -> Parser.parse("diff(x^2, x"))
        .isInstanceOfSatisfying(ParseException.class, e -> {
          assertThat(e.getMessage()).doesNotContain("indexing");
          assertThat(e.hint()).contains("missing closing bracket");
        });
  }
}
