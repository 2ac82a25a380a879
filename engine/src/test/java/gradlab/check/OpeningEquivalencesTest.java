package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rows opened by ⟺ in an array, as the log-sum-exp proof writes them ({@code & y &= … \\
 * \Leftrightarrow & e^y &= …}): each row a claim, as "equivalently" makes one; it was "cannot
 * read: \Leftrightarrow" and a wrong sign in a row was not located. The arrow may follow an
 * empty alignment column ({@code & \Leftrightarrow e^y &= …}) as rows after a definition write it.
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

  private static String afterEmptyColumn(String last) {
    return "$$ \\begin{array}{rll} & y &= \\log(e^{u} + e^{v}) \\\\ & \\Leftrightarrow e^y &= "
        + "e^{u} + e^{v} \\\\ & \\Leftrightarrow " + last + " \\end{array} $$\n";
  }

  @Test
  void rowsOpenedByAnEquivalenceAfterAnEmptyColumnAreClaims() {
    assertThat(claims(afterEmptyColumn("e^{y - a} &= e^{u - a} + e^{v - a}"))).hasSize(2)
        .allMatch(v -> v instanceof StepVerdict.Proved);
  }

  @Test
  void wrongRowOpenedByAnEquivalenceAfterAnEmptyColumnIsRefuted() {
    assertThat(claims(afterEmptyColumn("e^{y - a} &= e^{u - a} - e^{v - a}")))
        .anyMatch(v -> v instanceof StepVerdict.Refuted);
  }

  @Test
  void rowsSolvingForANameOfTheDefinitionAreNotRefuted() {
    assertThat(claims("$$\\begin{aligned} y &= 2x + 1 \\\\ \\iff x &= \\frac{y - 1}{2} "
        + "\\end{aligned}$$\n")).noneMatch(v -> v instanceof StepVerdict.Refuted);
  }

  @Test
  void rowsSolvingAnEquationAreNotRefuted() {
    // 2a = b + 1 is a condition, not a definition: a = (b + 1)/2 is no identity in a and b
    assertThat(claims("$$\\begin{aligned} 2a &= b + 1 \\\\ \\iff a &= \\frac{b + 1}{2} "
        + "\\end{aligned}$$\n")).noneMatch(v -> v instanceof StepVerdict.Refuted);
  }
}
