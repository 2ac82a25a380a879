package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A point typed in a chat as "x=1 y=2" (each "=" tight, the pairs apart by a space) was read as
 * the chain x = 1·y = 2, so x was defined as y and given 2, and the true f(x) = 4 at x = 1 was
 * refuted at x = 2; "z1=1 z2=0: s1 = …" made the same chain and refuted a true derivative's value
 * (found by a new user, user45). Such a run is a list of points, as "x=1, y=2" is.
 */
@Timeout(300)
class SpacedPointListsTest extends CheckFixture {
  @Test
  void aLineOfTightAssignmentsApartBySpacesIsAPoint() {
    CheckReport r = checkText("t.txt", "f(x) = x^2 + 3x\nx=1 y=2\nf(x) = 4\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", "f(x) = x^2 + 3x\nx=1 y=2\nf(x) = 5\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void tightAssignmentsBeforeAColonAreThePointOfTheClaim() {
    String head = "s1 = e^z1/(e^z1+e^z2)\nds1/dz1 = s1(1-s1)\n";
    CheckReport r = checkText("t.txt", head + "z1=1 z2=0: s1 = e/(e+1) ≈ 0.731\n"
        + "so ds1/dz1 ≈ 0.197\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claimOnLine(r, 4).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkText("t.txt", head + "z1=1 z2=0: s1 = e/(e+1) ≈ 0.731\nso ds1/dz1 ≈ 0.25\n");
    assertThat(claimOnLine(r, 4).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void spacedWordsAfterAnAssignmentStayAsTheyWere() {
    assertThat(SpacedPointLists.commaSeparated("x=1 y=2")).isEqualTo("x=1, y=2");
    assertThat(SpacedPointLists.commaSeparated("z1=1 z2=0: s1 = 1")).isEqualTo("z1=1, z2=0: s1 = 1");
    assertThat(SpacedPointLists.commaSeparated("x = 1 y = 2")).isEqualTo("x = 1 y = 2");
    assertThat(SpacedPointLists.commaSeparated("a=2 b")).isEqualTo("a=2 b");
    assertThat(SpacedPointLists.commaSeparated("f=x=1 y=2")).isEqualTo("f=x=1 y=2");
  }
}
