package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "let's set $a=2$ and $b=1$", a heading, then $\frac{\partial e}{\partial b} = 1*2 + 1*3$: the
 * heading ends the point, and the count of paths at those values was "not checked: it holds
 * only for values the text does not state here", so a wrong count (1*2 + 1*2) was not located.
 * It is read at the values the text gave; a name without a value keeps it not checked.
 */
@Timeout(60)
class ValuesGivenBeforeAHeadingTest extends gradlab.symbolic.EngineFixture {
  private static final String GRAPH = "Consider $e=(a+b)*(b+1)$. For example, let's set $a=2$ "
      + "and $b=1$:\n\nThe expression evaluates to $6$.\n\n## Derivatives\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aNumberClaimedForAFormulaIsProvedAtTheValuesGivenBefore() {
    CheckReport r = check(GRAPH + "$$\\frac{\\partial e}{\\partial b}= 1*2 + 1*3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isPositive();
  }

  @Test
  void aWrongNumberIsRefutedAtTheValuesGivenBefore() {
    CheckReport r = check(GRAPH + "$$\\frac{\\partial e}{\\partial b}= 1*2 + 1*2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(7);
  }

  @Test
  void aNameWithoutAGivenValueKeepsTheStepNotChecked() {
    CheckReport r = check("Consider $e=(a+b)*(b+1)$. For example, let's set $a=2$:\n\n"
        + "## Derivatives\n\n$$\\frac{\\partial e}{\\partial b}= 1*2 + 1*2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
