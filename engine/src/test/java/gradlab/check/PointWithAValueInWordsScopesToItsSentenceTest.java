package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "At $q = 1$ it is $1 - p$." names a point and states the value there in words and a bare
 * expression: the point is that sentence's, as in "At $x = 0$ the value is $f(0) = 0$.". Before,
 * the point stayed, and a wrong general derivative d/dp (1 − p^q)/q = −q p^{q−1}, which holds at
 * q = 1 only, was "not checked: holds at the point named before it" (Zhang and Sabuncu's
 * generalized cross entropy, planted error missed).
 */
@Timeout(120)
class PointWithAValueInWordsScopesToItsSentenceTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "The loss is $L = (1 - p^q)/q$ with $q \\in (0, 1]$, and at "
      + "$q = 1$ it is $1 - p$, the mean absolute error.\n\nThen\n\n"
      + "$$\\frac{d}{dp} \\frac{1 - p^q}{q} = ";

  @Test
  void aWrongDerivativeTrueOnlyAtThePointOfAValueInWordsIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT + "-q p^{q - 1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(5));
  }

  @Test
  void theTrueDerivativeAfterAValueInWordsIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT + "-p^{q - 1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aPointFollowedByAColonStaysAHeaderForTheDisplayAfterIt() {
    CheckReport r = FixturePair.checkMarkdown(engine, "At $q = 1$ it is $1 - p$: we have\n\n"
        + "$$\\frac{d}{dp} \\frac{1 - p^q}{q} = -q p^{q - 1}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
