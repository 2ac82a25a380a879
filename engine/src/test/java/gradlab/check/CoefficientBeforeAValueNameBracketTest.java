package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A number before a name before a bracket, the name used as a value on the line: 2a(b² + 1)
 * beside a² is 2·a·(b² + 1). A student tester's phone-typed ∂z/∂a was "no numeric value" (a
 * applied to b² + 1), so a sign error inside the bracket was never located.
 */
class CoefficientBeforeAValueNameBracketTest extends CheckFixture {
  private static final String GRAPH = "z = a²/(a² + b² + 1)\n\n";

  @Test
  void theTrueDerivativeIsProved() {
    CheckReport r = checkText("hw.md", GRAPH + "∂z/∂a = 2a(b² + 1)/(a² + b² + 1)²\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongSignInsideTheBracketIsRefuted() {
    CheckReport r = checkText("hw.md", GRAPH + "∂z/∂a = 2a(b² − 1)/(a² + b² + 1)²\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void inAsciiTooTheWrongSignIsRefuted() {
    CheckReport r = checkText("hw.txt", "z = a^2/(a^2 + b^2 + 1)\n\n"
        + "dz/da = 2a(b^2 - 1)/(a^2 + b^2 + 1)^2\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aFunctionOfTheTextAfterANumberStaysAFunction() {
    CheckReport r = checkText("hw.txt", "f(x) = x^2\n\n2f(3) = 18\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }
}
