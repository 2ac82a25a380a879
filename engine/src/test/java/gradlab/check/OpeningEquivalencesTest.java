package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rows opened by ⟺ in an array, as the log-sum-exp proof writes them ({@code & y &= … \\
 * \Leftrightarrow & e^y &= …}): each row a claim, as "equivalently" makes one; it was "cannot
 * read: \Leftrightarrow" and a wrong sign in a row was not located.
 */
@Timeout(120)
class OpeningEquivalencesTest extends gradlab.symbolic.EngineFixture {
  private static List<StepVerdict> claims(String markdown) {
    CheckReport r = FixturePair.checkMarkdown(engine, markdown);
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).toList();
  }

  private static String chain(String third) {
    return "$$ \\begin{array}{rll} & y &= \\log(e^{x_1} + e^{x_2}) \\\\ \\Leftrightarrow & e^y "
        + "&= e^{x_1} + e^{x_2} \\\\ \\Leftrightarrow & " + third + " &= e^{-a} e^{x_1} + e^{-a} "
        + "e^{x_2} \\end{array} $$\n";
  }

  @Test
  void rowsOpenedByAnEquivalenceAreClaims() {
    assertThat(claims(chain("e^{y-a}"))).hasSize(2)
        .allMatch(v -> v instanceof StepVerdict.Proved);
  }

  @Test
  void wrongSignInARowOpenedByAnEquivalenceIsRefuted() {
    assertThat(claims(chain("e^{y+a}"))).anyMatch(v -> v instanceof StepVerdict.Refuted);
  }

  @Test
  void equationsSolvedRowByRowAreNotRefuted() {
    // x² − 1 = 0 ⟺ (x − 1)(x + 1) = 0 ⟺ x = 1 or x = −1: conditions on x, not identities
    assertThat(claims("$$\\begin{array}{rl} & x^2 - 1 = 0 \\\\ \\Leftrightarrow & (x - 1)(x + 1)"
        + " = 0 \\\\ \\Leftrightarrow & x = 1 \\text{ or } x = -1 \\end{array}$$\n"))
        .noneMatch(v -> v instanceof StepVerdict.Refuted);
  }

  @Test
  void equivalenceInsideARowStaysUnread() {
    assertThat(claims("$$x^2 = 4 \\iff x = 2$$\n"))
        .noneMatch(v -> v instanceof StepVerdict.Refuted);
  }
}
