package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code x = (1, 2)} in a plain-text derivation was "definition not understood: syntax error:
 * ')' expected" with the hint "write functions as name(args)"; the hint now says how a vector is
 * written, and the line stays not checked (nothing is read from it).
 */
@Timeout(60)
class VectorInRoundBracketsPlainTextTest extends CheckFixture {
  @Test
  void aVectorInRoundBracketsIsNotCheckedWithTheSquareBracketHint() {
    CheckReport r = checkText("vector.txt", "x = (1, 2)\nx1 + x2 = 3\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(gradlab.math.Brackets.VECTOR_HINT);
  }
}
