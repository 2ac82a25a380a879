package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * solve of one equation in one unknown, typed as a new user types it, solve(x^2-2=0), solves
 * for that unknown: it was "solve takes equations and variables" (user37).
 */
@Timeout(60)
class SolveForTheOnlyUnknownTest extends gradlab.symbolic.EngineFixture {

  private static String solve(String input) {
    return new Worksheet(engine).evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void oneEquationInOneUnknownIsSolvedForIt() {
    assertThat(solve("solve(x^2-2=0)")).isEqualTo(solve("solve(x^2 - 2 == 0, x)"));
  }

  @Test
  void oneEquationInTwoUnknownsAsksWhichToSolveFor() {
    assertThatThrownBy(() -> solve("solve(x + y == 1)")).hasMessageContaining("solve for");
  }
}
