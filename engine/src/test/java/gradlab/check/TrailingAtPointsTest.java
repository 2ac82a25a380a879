package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student's "d/dw (w^2 + 3w) at w = 2 = 7" was cut at its "="s into "… at w = 2" and "2 = 7",
 * and the true line was refuted (2 ≠ 7). A point after the expression it evaluates is the point.
 */
@Timeout(60)
class TrailingAtPointsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("at.txt", text);
  }

  @Test
  void aDerivativeValueWithItsPointAfterItIsProved() {
    CheckReport r = check("d/dw (w^2 + 3w) at w = 2 = 7\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueWithItsPointAfterItIsRefutedAtThatPoint() {
    CheckReport r = check("d/dw (w^2 + 3w) at w = 2 is 8\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.verdict().toString()).contains("w = 2"));
  }

  @Test
  void aPointGivenToADefinedNameIsNotRead() {
    assertThat(TrailingAtPoints.readInPlace("f(a) at a = 4 = 16", s -> { }, n -> n.equals("a")))
        .isFalse();
    assertThat(TrailingAtPoints.readInPlace("x = 2 at w = 1", s -> { }, n -> false)).isFalse();
  }
}
