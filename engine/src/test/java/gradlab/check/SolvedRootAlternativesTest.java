package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student's plain "f'(x) = 0 => x = 0 or x = 3": the premise was refuted "at x = 3" and named
 * as the first wrong step (it is the equation solved), and the wrong root was not checked.
 */
@Timeout(60)
class SolvedRootAlternativesTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "f(x) = x^2 * exp(-x)\n"
      + "f'(x) = 2x*exp(-x) - x^2*exp(-x)\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("roots.txt", text);
  }

  @Test
  void aWrongRootAmongAlternativesIsRefutedNotTheEquationSolved() {
    CheckReport r = check(GIVEN + "f'(x) = 0 => x = 0 or x = 3\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> {
      assertThat(s.line()).isEqualTo(3);
      assertThat(s.lhs() + " = " + s.rhs()).isEqualTo("x = 3");
    });
  }

  @Test
  void theRightRootsAreNotRefuted() {
    CheckReport r = check(GIVEN + "f'(x) = 0 => x = 0 or x = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("premise of ⟹");
  }

  @Test
  void alternativesOfOneNameAreRead() {
    assertThat(SolvedRootAlternatives.of("x = 0 or x = 2")).containsExactly("x = 0", "x = 2");
    assertThat(SolvedRootAlternatives.of("x = 0 or y = 2")).isEmpty();
    assertThat(SolvedRootAlternatives.of("x = 0")).isEmpty();
  }
}
