package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Vectors typed in plain text, as in a phone or chat answer ({@code w = [1, 2]},
 * {@code x = [0.5, -1]^T}), were "cannot read", and every step through them "not checked".
 * They now take their values, so a step with numbers on one side is worked out at them; the
 * names stay no free numbers of the scalar reader, so a product it could read either way is
 * never refuted.
 */
@Timeout(60)
class TypedVectorsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("x.txt", text);
  }

  private static final String TYPED = "Quick check\n\nw = [1, 2]\nx = [0.5, -1]^T\n\n";

  @Test
  void aDotProductOfTypedVectorsIsWorkedOut() {
    CheckReport right = check(TYPED + "w^T x = -1.5\n");
    assertThat(FixturePair.lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = check(TYPED + "w^T x = -2\n");
    assertThat(wrong.firstRefuted().orElseThrow().line()).as(wrong.render()).isEqualTo(6);
  }

  @Test
  void aProductTypedEitherWayIsNeverRefuted() {
    CheckReport r = check(TYPED + "w*x = [0.5, -2]\nw*x = -1.5\nw x = -1.5\nw_1 = 1\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }

  @Test
  void aTypedVectorGivenANewValueIsWorkedOutAtTheNewValue() {
    CheckReport r = check("Part 1\nx = [1, 2]\nx^T x = 5\n\nPart 2\nx = [3, 4]\nx^T x = 25\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isZero();
  }
}
