package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A homework whose part 3 says "At $x = 1$: …" and whose part 8, under its own heading, says
 * "we solve $f(x) = x^2 - 2 = 0$" (found by a new user): the equation was read at the value x
 * had in part 3 and refuted there, though an equation to solve holds for no earlier value. A
 * step in names the text does not define, without a derivative, is not refuted at earlier values;
 * a derivative of a defined quantity still is (Olah's ∂e/∂b after a heading), and a false
 * identity still is everywhere.
 */
@Timeout(120)
class EquationToSolveAfterAnEarlierValueTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport latex(String typed) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkMarkdown("hw.md", typed);
  }

  @Test
  void anEquationAfterAHeadingIsNotRefutedAtAnEarlierPartsValue() {
    CheckReport r = latex("## 3\n\nLet $x = 1$.\n\n## 8\n\nThen $x^2 - 2 = 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport solve = latex("## 3\n\nAt $x = 1$: $g(1) \\approx 0.8412$.\n\n## 8\n\n"
        + "To find it we solve $f(x) = x^2 - 2 = 0$.\n");
    assertThat(solve.firstRefuted()).as(solve.render()).isEmpty();
  }

  @Test
  void aDerivativeOfADefinedQuantityIsStillReadAtTheEarlierValues() {
    String text = "Let $a = 2$ and $b = 1$, with $e = a b$.\n\n## Derivatives\n\n"
        + "$$\\frac{\\partial e}{\\partial b} = %s$$\n";
    CheckReport right = latex(text.formatted("2"));
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    CheckReport wrong = latex(text.formatted("3"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void aFalseIdentityAfterAHeadingIsStillRefuted() {
    CheckReport r = latex("## 3\n\nLet $x = 1$.\n\n## 8\n\nThen $x^2 + x = x(x + 1) + 1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(7));
  }
}
