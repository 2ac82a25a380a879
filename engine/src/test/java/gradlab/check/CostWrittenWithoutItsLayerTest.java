package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nielsen writes the cost without the output layer, {@code C = \frac{1}{2} \sum_j (y_j-a_j)^2},
 * and then differentiates it by {@code a^L_j}: the wrong {@code (y_j-a_j)} was "not checked:
 * aᴸⱼ occurs nowhere in the definitions". Read aᴸⱼ as aⱼ or as a name C does not depend on, the
 * step is refuted only where both readings fail.
 */
@Timeout(120)
class CostWrittenWithoutItsLayerTest extends gradlab.symbolic.EngineFixture {
  private static final String COST = "We have $C = \\frac{1}{2} \\sum_j (y_j-a_j)^2$, and so ";

  @Test
  void aWrongSignOfTheOutputDerivativeIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        COST + "$\\partial C / \\partial a^L_j = (y_j-a_j)$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theTrueOutputDerivativeIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        COST + "$\\partial C / \\partial a^L_j = (a_j-y_j)$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void theTrueOutputDerivativeIsNamedAmbiguousAtEverySize() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        COST + "$\\partial C / \\partial a^L_j = (a_j-y_j)$.\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aZeroDerivativeIsNotRefutedAsAnotherNameMayBeMeant() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        COST + "$\\partial C / \\partial a^L_j = 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongDerivativeOfAScalarCostIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "We have $C = \\frac{1}{2} (y-a)^2$, and so $\\partial C / \\partial a^L = y - a$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void theTrueDerivativeOfAScalarCostIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "We have $C = \\frac{1}{2} (y-a)^2$, and so $\\partial C / \\partial a^L = a - y$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
