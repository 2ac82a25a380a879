package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "x = 0 or else x = 3" after a solved equation: the plain-text roots were split on " or " only,
 * so "else x = 3" was no alternative and the wrong root was "not checked" (a miss), where the
 * LaTeX reader already took "or else" ({@link OrWords}, one splitter for both).
 */
@Timeout(60)
class OrElseRootAlternativesTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "f(x) = x^2 * exp(-x)\n"
      + "f'(x) = 2x*exp(-x) - x^2*exp(-x)\n";

  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("roots.txt", text);
  }

  @Test
  void aWrongRootAfterOrElseIsRefutedAsAfterOr() {
    CheckReport r = check(GIVEN + "f'(x) = 0 => x = 0 or else x = 3\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> {
      assertThat(s.line()).isEqualTo(3);
      assertThat(s.lhs() + " = " + s.rhs()).isEqualTo("x = 3");
    });
  }

  @Test
  void theRightRootsAfterOrElseAreNotRefuted() {
    CheckReport r = check(GIVEN + "f'(x) = 0 => x = 0 or else x = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void orElseAndACapitalOrJoinAlternativesButNotAWordHoldingOr() {
    assertThat(SolvedRootAlternatives.of("x = 0 or else x = 2")).containsExactly("x = 0", "x = 2");
    assertThat(SolvedRootAlternatives.of("x = 0 OR x = 2")).containsExactly("x = 0", "x = 2");
    assertThat(SolvedRootAlternatives.of("x = 0 for x = 2")).isEmpty();
    assertThat(SolvedRootAlternatives.of("x = orbit or x = 2")).containsExactly("x = orbit",
        "x = 2");
  }
}
