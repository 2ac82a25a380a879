package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Rows joined by ⇔ after a row that defines a name, as a proof of the log-sum-exp trick writes
 * them, state identities with that name so defined: each row is read without its arrow. They
 * were "cannot read: \Leftrightarrow". Rows that solve an equation stay unread.
 */
@Timeout(60)
class EquivalenceRowsTest extends gradlab.symbolic.EngineFixture {
  private static String proof(String last) {
    return "$$ \\begin{array}{rll} & y &= \\log(e^{u} + e^{v}) \\\\ \\Leftrightarrow & e^y &= "
        + "e^{u} + e^{v} \\\\ \\Leftrightarrow & " + last + " \\end{array} $$\n";
  }

  @Test
  void rowsAfterADefinitionJoinedByEquivalenceAreChecked() {
    CheckReport r = FixturePair.checkMarkdown(engine, proof("e^{y - a} &= e^{u - a} + e^{v - a}"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongEquivalentRowIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, proof("e^{y - a} &= e^{u - a} - e^{v - a}"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void rowsSolvingForANameOfTheDefinitionAreNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\begin{aligned} y &= 2x + 1 \\\\ "
        + "\\iff x &= \\frac{y - 1}{2} \\end{aligned}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void rowsSolvingAnEquationStayUnread() {
    // 2a = b + 1 is a condition, not a definition: a = (b + 1)/2 is no identity in a and b
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\begin{aligned} 2a &= b + 1 \\\\ "
        + "\\iff a &= \\frac{b + 1}{2} \\end{aligned}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
