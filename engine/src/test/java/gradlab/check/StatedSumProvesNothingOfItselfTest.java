package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A sum of names = a number is recorded as a constraint ({@link SumConstraints}); checked under
 * itself it proved itself, wrong or not: "Let $a = 2$ and $b = 3$. Then $a + b = 6$." was ✓
 * "under the constraint a + b = 6 the text states".
 */
@Timeout(60)
class StatedSumProvesNothingOfItselfTest extends CheckFixture {
  @Test
  void aWrongSumOfNamesWithStatedValuesIsRefuted() {
    CheckReport r = checkMarkdown("t.md", "Let $a = 2$ and $b = 3$.\n\nThen $a + b = 6$.\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theRightSumOfNamesWithStatedValuesIsProved() {
    CheckReport r = checkMarkdown("t.md", "Let $a = 2$ and $b = 3$.\n\nThen $a + b = 5$.\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aSumOfFreeNamesTheTextStatesIsNeitherProvedNorRefuted() {
    CheckReport r = checkMarkdown("t.md", "The label is one-hot, so $y_1 + y_2 = 1$.\n");
    StepVerdict v = claimOnLine(r, 1).verdict();
    assertThat(v).as(r.render()).isNotInstanceOf(StepVerdict.Proved.class)
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }
}
