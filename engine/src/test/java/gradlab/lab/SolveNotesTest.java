package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** What solve and maximize say beside their answers: roots dropped, solutions not listed. */
@Timeout(60)
class SolveNotesTest extends gradlab.symbolic.EngineFixture {

  private static String solve(String input) {
    return new Worksheet(engine).evaluate(input, Worksheet.Format.UNICODE);
  }

  private static List<String> notesOf(String input) {
    engine.drainNotes();
    solve(input);
    return engine.drainNotes();
  }

  @Test
  void principalCubeRootOfMinusOneIsNotTakenForARealRoot() {
    // Symja's (−1)^(1/3) is 1/2 + i√3/2: read as the real −1 it made 2 a triple root of x³ = 8
    assertThat(solve("solve(x^3 == 8, x)")).isEqualTo("{{x → 2}}");
    assertThat(notesOf("solve(x^3 == 8, x)")).containsExactly(
        "dropped a root that is not real: {x → −1 − 1.73205i}",
        "dropped a root that is not real: {x → −1 + 1.73205i}");
  }

  @Test
  void purelyImaginaryRootsAreWrittenWithI() {
    assertThat(notesOf("solve(x^2 == -1, x)")).containsExactly(
        "dropped a root that is not real: {x → −i}",
        "dropped a root that is not real: {x → i}");
  }

  @Test
  void equationInAPeriodicFunctionSaysThereMayBeMoreSolutions() {
    assertThat(notesOf("solve(sin(x) == 0, x)"))
        .contains("sin is periodic: there may be more solutions than shown");
  }

  @Test
  void polynomialEquationHasNoPeriodicityNote() {
    assertThat(notesOf("solve(x^2 == 4, x)")).noneMatch(n -> n.contains("periodic"));
  }

  @Test
  void aMaximumAttainedTwiceSaysWhereElse() {
    assertThat(solve("maximize(-x^4 + x^2, x)")).isEqualTo("{1/4, {x → −1/√2}}");
    assertThat(notesOf("maximize(-x^4 + x^2, x)"))
        .contains("the same value is also attained at x = 1/√2");
    assertThat(notesOf("maximize(x*exp(-x), x)")).noneMatch(n -> n.contains("also attained"));
  }

  @Test
  void aMaximumOfAPeriodicFunctionSaysOtherPointsMayAttainIt() {
    // argmax(sin(x), x) was π/2 with no word of π/2 + 2kπ
    assertThat(notesOf("argmax(sin(x), x)")).anyMatch(n -> n.startsWith(
        "sin is periodic: the same value may also be attained at points other than x = π/2"));
    assertThat(notesOf("maximize(cos(2*x) - 1, x)")).anyMatch(n -> n.startsWith("cos is periodic"));
    assertThat(notesOf("maximize(-(x - 1)^2, x)")).noneMatch(n -> n.contains("periodic"));
    assertThat(notesOf("maximize(sin(2) - x^2, x)")).noneMatch(n -> n.contains("periodic"));
  }

  @Test
  void aFunctionOfOneVariableIsMaximizedOverItWhenNoneIsGiven() {
    // maximize(x*(1-x)) typed by a new user was "could not be computed … unevaluated"
    assertThat(solve("maximize(x*(1-x))")).isEqualTo("{1/4, {x → 1/2}}");
    assertThat(notesOf("argmax(x*(1-x))")).contains("argmax over x, the only variable");
    assertThat(solve("maxvalue(sigma(z)*(1 - sigma(z)))")).isEqualTo("1/4");
  }

  @Test
  void aFunctionOfSeveralVariablesNeedsTheOneToMaximizeOver() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> solve("maximize(x*y)"))
        .hasMessageContaining("needs the variable to maximize over: it has the variables x, y");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> solve("minimize(3)"))
        .hasMessageContaining("needs the variable to minimize over: it has no variable");
  }
}
