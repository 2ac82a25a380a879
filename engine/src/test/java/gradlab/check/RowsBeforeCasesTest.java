package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A chain whose later rows are written by cases (Parr and Howard's bias gradient) was "not
 * checked: definitions by cases" as a whole, its first rows too, so a factor 2 dropped before
 * the cases was not located. The rows before the first cases are checked as a chain.
 */
@Timeout(60)
class RowsBeforeCasesTest extends gradlab.symbolic.EngineFixture {
  private static String chain(String secondRow) {
    return "Let $f(x) = x^3$.\n\n$$\n\\begin{eqnarray*}\n"
        + " \\frac{d}{dx} f(x) & = & 3 x^2 \\\\\n"
        + " & = & " + secondRow + " \\\\\n"
        + " & = & \\begin{cases}\n 3x^2 & x \\leq 0\\\\\n 3x^2 & x > 0\\\\\n \\end{cases}\\\\\n"
        + " & = & \\begin{cases}\n 3x x & x \\leq 0\\\\\n 3x x & x > 0\\\\\n \\end{cases}\n"
        + "\\end{eqnarray*}\n$$\n";
  }

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theRowsBeforeTheCasesAreCheckedAsAChain() {
    CheckReport r = check(chain("3 x \\cdot x"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(2);
    assertThat(r.render()).contains("definitions by cases");
  }

  @Test
  void aWrongRowBeforeTheCasesIsRefutedAtItsLine() {
    CheckReport r = check(chain("2 x \\cdot x"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(6);
  }
}
