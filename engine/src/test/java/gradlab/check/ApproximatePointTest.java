package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Elfwing et al.'s "at $z_k = 2$ …; the minimum is at $z_k \approx -1.278$" was refuted as the
 * claim z_k ≈ −1.278 at the point z_k = 2 (held27). A point moved to a value given to its digits
 * is never a claim, and the steps after it are not checked at the old point.
 */
@Timeout(60)
class ApproximatePointTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aPointMovedToAnApproximateValueIsNeverRefutedAtTheOldPoint() {
    CheckReport r = check("At $z = 2$,\n\n$$z^2 + 1 = 5$$\n\n"
        + "The minimum is at $z \\approx -1.278$, with the value\n\n"
        + "$$-1.278 \\cdot 2 = -2.556$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepInTheMovedNameIsNotCheckedAtTheOldPoint() {
    CheckReport r = check("At $x = 2$,\n\n$$x^2 = 4$$\n\n"
        + "The root is at $x \\approx 1.41$, where\n\n$$x^2 = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongNumberAfterTheMovedPointIsStillRefuted() {
    CheckReport r = check("At $z = 2$,\n\n$$z^2 + 1 = 5$$\n\n"
        + "The minimum is at $z \\approx -1.278$, with the value\n\n"
        + "$$-1.278 \\cdot 2 = -3.556$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void thePointItselfToItsDigitsIsStillAClaimThatHolds() {
    CheckReport r = check("At $z = 2$,\n\n$$z^2 + 1 = 5$$\n\nso $z \\approx 2.0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain(ApproximatePoints.NOTE);
  }
}
