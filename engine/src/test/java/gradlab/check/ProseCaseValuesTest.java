package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "so that $q(y) = 1$ and $q(k) = 0$ for all $k \neq y$" (Szegedy et al.'s label smoothing):
 * two values of one function at two argument names are cases in prose; the first read as the
 * constant function q ≡ 1 refuted the second in a correct file.
 */
@Timeout(120)
class ProseCaseValuesTest extends gradlab.symbolic.EngineFixture {
  @Test
  void valuesAtTwoArgumentNamesInOneSentenceAreCases() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Consider a single label $y$, so that "
        + "$q(y) = 1$ and $q(k) = 0$ for all $k \\neq y$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(ProseCaseValues.NOTE);
  }

  @Test
  void aWrongValueOfAConstantFunctionInALaterSentenceIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "We take $u(k) = 1/4$.\n\n"
        + "Then $u(j) = 1/2$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
