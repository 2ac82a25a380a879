package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A function constant in pieces has its maximum on a whole interval (user23: relu′). */
@Timeout(120)
class StepFunctionMaximumTest extends EngineFixture {

  @Test
  void reluDerivativeHasItsMaximumOneForPositiveZAndSaysItIsAnInterval() {
    engine.drainNotes();
    Extremum e = engine.maximize(engine.eval("D(relu(z), z)"), "z", false);
    assertThat(e.value().unicode()).isEqualTo("1");
    assertThat(engine.numeric(e.point(), Map.of())).isPositive();
    assertThat(engine.drainNotes()).anyMatch(n -> n.contains("whole interval"));
  }

  @Test
  void aStepDownHasItsMaximumBetweenTheSteps() {
    Extremum e = engine.maximize(engine.eval("HeavisideTheta(z) - 2*HeavisideTheta(z - 3)"),
        "z", false);
    assertThat(e.value().unicode()).isEqualTo("1");
    assertThat(engine.numeric(e.point(), Map.of())).isBetween(0.0, 3.0);
    assertThat(engine.maximize(engine.eval("D(relu(z), z)"), "z", true).value().unicode())
        .isEqualTo("0");
  }

  @Test
  void aRampTimesAStepIsNotConstantInPiecesAndHasNoMaximum() {
    assertThatThrownBy(() -> engine.maximize(engine.eval("z*HeavisideTheta(z)"), "z", false))
        .hasMessageContaining("no maximum");
  }
}
