package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * argmax(cos(x), x) = 2π and argmax(−(x² − 1)², x) = 1 were refuted (left 0, left −1): the
 * engine's maximiser names one point of the set where the maximum is attained. A claimed point
 * where the function reaches its maximum is proved now; a point below it (argmax(cos(x), x) = 1,
 * σ′'s maximum "at z = 0.5", the seed's own mistake) is still refuted. Also argmax of a function
 * the text defines (engine syntax) is taken after the definition is put in, as maxvalue was.
 */
@Timeout(120)
class ArgmaxAttainedAtSeveralPointsTest extends CheckFixture {
  @Test
  void anotherMaximiserIsProved() {
    CheckReport r = checkText("argmax.txt", "argmax(cos(z), z) = 2*pi\n\n"
        + "argmax(-(z^2 - 1)^2, z) = 1\n\nargmax(-(z^2 - 1)^2, z) = -1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
  }

  @Test
  void aPointBelowTheMaximumIsStillRefuted() {
    CheckReport r = checkText("wrong.txt", "argmax(cos(z), z) = 1\n\n"
        + "argmax(-(z^2 - 1)^2, z) = 2\n\nargmax(D(sigma(z), z), z) = 0.5\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(3);
  }

  @Test
  void theArgmaxOfTheTextsFunctionIsTakenAfterItsDefinition() {
    CheckReport r = checkText("defined.txt", "let g(z) = 1/(1 + exp(-z))\n"
        + "argmax(D(g(z), z), z) = 0\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongArgmaxOfTheTextsFunctionIsRefuted() {
    CheckReport r = checkText("defined-wrong.txt", "let g(z) = 1/(1 + exp(-z))\n"
        + "argmax(D(g(z), z), z) = 1/2\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
