package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A point's name given a new number inside a chain in prose moves the point: Hadsell et al.'s
 * "a dissimilar pair at $D_W = 3 > m$", after "$D_W = 0.5$", was read as the claim D_W = 3 at
 * D_W = 0.5 and refuted.
 */
@Timeout(120)
class PointMovedInsideAChainTest extends gradlab.symbolic.EngineFixture {
  private static final String PAIR = "A pair at distance $D = 0.5$ with margin $m = 2$ has "
      + "$\\frac{1}{2}(m - D)^2 = 1.125$.\n\n";

  @Test
  void aNewValueOfThePointInAChainIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, PAIR
        + "A dissimilar pair at $D = 3 > m$ contributes $\\frac{1}{2}\\max(0, m - D)^2 = 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("named point");
  }

  @Test
  void aWrongValueAtTheMovedPointIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, PAIR
        + "A dissimilar pair at $D = 3 > m$ contributes $\\frac{1}{2}(m - D)^2 = 1.125$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }
}
