package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A teacher's solution works the same network at a second input (found by a new user, user46):
 * "Take x = 1 and t = 0", h = σ(1) = 0.7311, y = 2·0.7311 − 1 = 0.4622, then L = ½·0.4622²
 * (L = ½(y − t)²) was refuted against the unrounded y, though y = 0.4622 is the value the text
 * computed the line before; the same steps at the first point were proved with it.
 */
@Timeout(60)
class RoundedValuesAfterANewPointTest extends gradlab.symbolic.EngineFixture {
  private static final String SECOND_POINT = "Let $z = w x$, $h = \\sigma(z)$ and $y = 2 h - 1$, "
      + "$L = \\frac{1}{2} (y - t)^2$, with $w = 1$.\n\n"
      + "Take $x = 0$ and $t = 1$.\n\n$h = \\sigma(0) = 0.5$.\n\n$$y = 2 \\cdot 0.5 - 1 = 0$$\n\n"
      + "Take $x = 1$ and $t = 0$.\n\n$h = \\sigma(1) = 0.7311$.\n\n"
      + "$$y = 2 \\cdot 0.7311 - 1 = 0.4622$$\n";

  @Test
  void aValueRoundedAtTheSecondPointIsCarriedToTheNextStep() {
    CheckReport r = FixturePair.checkMarkdown(engine, SECOND_POINT
        + "$$L = \\frac{1}{2} \\cdot 0.4622^2 = 0.1068$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongValueAtTheSecondPointIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, SECOND_POINT
        + "$$L = \\frac{1}{2} \\cdot 0.4622^2 = 0.1168$$\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(14);
  }
}
