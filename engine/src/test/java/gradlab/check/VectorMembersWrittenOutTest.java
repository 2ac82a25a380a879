package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A vector written out by its components in round brackets, {@code $x = (1, 2, 3)$} (CS231n,
 * CS229, d2l), was "cannot read: pairs (a, b)", and even {@code $x = [1, 2, 3]$} gave no
 * members: {@code x_1 + x_3 = 4} was "values the text does not state". The brackets are now
 * read as square ones, and the members x_k are the entries, counted from 1 where the text names
 * member n, from 0 where it names member 0, and under both counts otherwise (proved or refuted
 * only when both agree, else "ambiguous: members counted from 0 or from 1").
 */
@Timeout(300)
class VectorMembersWrittenOutTest extends CheckFixture {

  @Test
  void aVectorInRoundBracketsIsADefinitionAsInSquareOnes() {
    CheckReport r = checkMarkdown("t.md", "# v\n\nLet $\\mathbf{a} = (1, 0)^\\top$ and "
        + "$w = (1, -1)$.\n");
    assertThat(r.steps()).as(r.render()).noneMatch(StepResult::isClaim);
    assertThat(r.render()).doesNotContain("pairs (a, b)");
  }

  @Test
  void aGreekDecoratedOrSubscriptedNameWrittenOutIsADefinition() {
    CheckReport r = checkMarkdown("t.md", "# v\n\nWith $\\tilde{y} = (0.7, 0.3)$, "
        + "$y_i = (1, 0)$, $\\boldsymbol{\\theta} = (\\mu, \\sigma^2)$ and "
        + "$\\mathbf{w} = (1, t)^{\\mathrm{T}}$.\n");
    assertThat(r.steps()).as(r.render()).noneMatch(StepResult::isClaim);
    assertThat(r.render()).doesNotContain("pairs (a, b)");
  }

  @Test
  void membersCountedFromOneWhereTheTextNamesMemberN() {
    String head = "# v\n\nLet $x = (1, 2, 3)$.\n\n";
    CheckReport right = checkMarkdown("t.md", head + "$$x_1 + x_3 = 4$$\n");
    assertThat(claimOnLine(right, 5).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkMarkdown("t.md", head + "$$x_1 + x_3 = 5$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void membersCountedFromZeroWhereTheTextNamesMemberZero() {
    String head = "# conv\n\nThe input is $x = (5, 7)$, its first member $x_0$.\n\n";
    CheckReport right = checkMarkdown("t.md", head + "$$x_0 \\cdot x_1 = 35$$\n");
    assertThat(claimOnLine(right, 5).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkMarkdown("t.md", head + "$$x_0 \\cdot x_1 = 36$$\n");
    assertThat(claimOnLine(wrong, 5).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aVectorInSquareBracketsGivesItsMembersToo() {
    String head = "# v\n\nLet $\\mathbf{x} = [1, 2, 3]$.\n\n";
    CheckReport right = checkMarkdown("t.md", head + "$$\\mathbf{x}_1 + x_{3} = 4$$\n");
    assertThat(claimOnLine(right, 5).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport wrong = checkMarkdown("t.md", head + "$$\\mathbf{x}_1 + x_{3} = 5$$\n");
    assertThat(claimOnLine(wrong, 5).verdict()).as(wrong.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void anUndecidedCountIsNotRefutedWhereTheReadingsDisagree() {
    String head = "# v\n\nLet $a = (1, 0)$ and $u = (2, 2)$.\n\n";
    CheckReport r = checkMarkdown("t.md", head + "$$a_1 + 1 = 2$$\n\n$$a_1 + 1 = 7$$\n\n"
        + "$$2 u_1 = 4$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isEqualTo(new StepVerdict.NotChecked(MemberBases.AMBIGUOUS));
    assertThat(claimOnLine(r, 7).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class); // 1 + 1 and 0 + 1 are both not 7
    assertThat(claimOnLine(r, 9).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class); // u₀ = u₁ = 2
  }

  @Test
  void aPairOnBothSidesIsNotAVector() {
    // (a pair of plain names set to as many values, (p, q) = (1, 2), names each: TupleAssignments)
    CheckReport r = checkMarkdown("t.md", "# p\n\nAt $(p + 1, q) = (1, 2)$:\n\n$$p + q = 4$$\n");
    assertThat(r.render()).contains("pairs (a, b)");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render())
        .isNotInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aVectorGivenAnotherValueHasNoMembers() {
    CheckReport r = checkMarkdown("t.md", "# v\n\nLet $x = (1, 2)$.\n\n$$x_1 + x_2 = 3$$\n\n"
        + "# w\n\nNow $x = (4, 5)$.\n\n$$x_1 + x_2 = 9$$\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict()
        instanceof StepVerdict.Refuted);
  }
}
