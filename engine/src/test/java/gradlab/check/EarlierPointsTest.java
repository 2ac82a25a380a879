package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "with learning rate $\eta = 0.1$ … In general $(1 - 2\eta)(w_t - 3) = 0.8(w_t - 3)$": "in
 * general" ends the point, and the true step was ✗ at η = 0.50 (user14 F10). Where the step
 * also fails at the value the text gave, the ✗ stands.
 */
@Timeout(60)
class EarlierPointsTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "Minimise $L(w) = (w - 3)^2$ with learning rate "
      + "$\\eta = 0.1$.\n\nThe update is $w_1 = w_0 - \\eta L'(w_0)$.\n\nIn general "
      + "$w_{t+1} - 3 = (1 - 2\\eta)(w_t - 3) = %s(w_t - 3)$.\n";

  @Test
  void aStepThatHoldsAtTheValueGivenBeforeIsNotRefutedElsewhere() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("0.8"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("not at the value the text gave: η = 0.1 (line 1)");
  }

  @Test
  void aStepThatFailsThereTooIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("0.9"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
