package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A formula in xᵢ compared with a list, where the text states x = [0, 1, 2, 3] ({@link
 * MemberLists}): d2l's {@code 3 x_i^2 = [0, 3, 12, 27]} is decided member by member. It was
 * "not checked: a list compared with a single value", and the planted [0, 3, 6, 9] was missed.
 * (x₁ in the text fixes the members' base, so that they are the text's points.)
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class FormulaInARunningMemberAgainstAListTest extends CheckFixture {
  private static final String VECTOR = "Let $\\mathbf{x} = [0, 1, 2, 3]^\\top$ and $s = x_1 + x_4"
      + "$.\n\n";

  @Test
  void aTrueListOfValuesOfTheRunningMemberIsProved() {
    CheckReport r = checkMarkdown("d2l-cubes-derivative.md", VECTOR
        + "$$3 x_i^2 = [0, 3, 12, 27]$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongComponentIsRefuted() {
    CheckReport r = checkMarkdown("d2l-cubes-derivative-3x.md", VECTOR
        + "$$3 x_i^2 = [0, 3, 6, 9]$$\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aListOfAnotherLengthIsNotRefuted() {
    CheckReport r = checkMarkdown("d2l-cubes-three-items.md", VECTOR
        + "$$3 x_i^2 = [0, 3, 6]$$\n");
    assertThat(r.render()).doesNotContain("✗");
  }
}
