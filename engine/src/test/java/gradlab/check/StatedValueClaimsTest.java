package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * He et al.'s backward case: "Thus we have $E[Δy_l] = E[Δx_{l+1}]/2 = 0$, and also
 * $E[(Δy_l)^2] = Var[Δy_l]$". The second step was ✗ at E[Δx_{l+1}] = 0.50, where the text's own
 * statement that it is 0 fails (held-out round 9). A refutation whose point leaves the stated
 * value's names alone stands.
 */
@Timeout(60)
class StatedValueClaimsTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "For the ReLU case, $f'(y_l)$ is zero or one, and their "
      + "probabilities are equal. Thus we have $E[\\Delta y_l] = E[\\Delta x_{l+1}]/2 = 0$, and "
      + "also $%s$.\n";

  @Test
  void aStepRefutedOnlyWhereAValueTheTextStatedFailsIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        TEXT.formatted("E[(\\Delta y_l)^2] = Var[\\Delta y_l]"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("does not hold");
  }

  @Test
  void aWrongStepOnOtherNamesIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        TEXT.formatted("Var[\\Delta y_l] + 1 = Var[\\Delta y_l]"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
