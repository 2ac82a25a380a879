package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A teacher types a matrix entry as in code, "$W[1,2] = 0.5$": it was read as W times the vector
 * [1, 2], and every step with it was "not checked: … depends on [W_entry1, W_entry2]", names the
 * user never wrote (user40). {@link BracketIndices} reads it as the entry W₁₂.
 */
@Timeout(120)
class MatrixEntryInBracketsTest extends CheckFixture {
  private static StepResult step(String claim) {
    CheckReport r = checkMarkdown("entry.md", "Let $W[1,2] = 0.5$ and $x = 2$.\n\n$$h = W[1,2] x"
        + "$$\n\n$$" + claim + "$$\n");
    return claimOnLine(r, 5);
  }

  @Test
  void anEntryTypedWithBracketsIsANamedValue() {
    assertThat(step("h = 1").verdict()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueOfTheEntryIsRefutedAtTheStatedValuesUnderItsOwnName() {
    StepVerdict v = step("h = 1.5").verdict();
    assertThat(v).isInstanceOf(StepVerdict.Refuted.class);
    assertThat(((StepVerdict.Refuted) v).point()).doesNotContainKey("capwentry1");
  }

  @Test
  void theDerivativeWithRespectToTheEntryIsRead() {
    assertThat(step("\\frac{\\partial h}{\\partial W[1,2]} = x").verdict())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void intervalsRootsAndDistributionsAreNoEntries() {
    for (String s : new String[] {"\\epsilon \\sim U[0, 1]", "\\sqrt[3]{8}", "x \\in [1, 2]",
        "W [h, x]", "\\epsilon \\sim U[0,1]"}) {
      assertThat(BracketIndices.asSubscripts(s)).isEqualTo(s);
    }
    assertThat(BracketIndices.asSubscripts("W[1,2] x + b[3]")).isEqualTo("W_{12} x + b_{3}");
  }
}
