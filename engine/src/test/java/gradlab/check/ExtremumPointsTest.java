package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Seed 1's worked solution says "$\max(\sigma'(z)) = 0.25$ when $z = 0.5$": the value is right,
 * its place is not (σ′ is largest at z = 0). The "when z = a" is now a claim of its own.
 */
@Timeout(60)
class ExtremumPointsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aMaximumPlacedWrongIsRefutedThere() {
    CheckReport r = check("Obs: $\\max(\\sigma'(z)) = 0.25$ when $z = 0.5$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.render()).contains("the value 0.25 is not attained at z = 0.5");
  }

  @Test
  void aMaximumPlacedRightIsProvedThere() {
    CheckReport r = check("So $\\max_z \\sigma'(z) = \\frac14$ at $z = 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }
}
