package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A new name defined as a list or set with elided members is notation (a definition not read),
 * not a claim "not checked: cannot read: elided terms".
 */
class ElidedListDefinitionTest extends EngineFixture {
  private static StepResult first(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown).steps().get(0);
  }

  @Test
  void aSetOfInputsWithElidedMembersIsADefinition() {
    StepResult r = first("$$\\mathbf{X} = \\{\\mathbf{x}_1, \\ldots, \\mathbf{x}_N\\}$$\n");
    assertThat(r.isClaim()).as(r.toString()).isFalse();
    assertThat(r.note()).isEqualTo(ElidedLists.NOTE);
  }

  @Test
  void aCommaListWithTrailingDotsIsADefinition() {
    StepResult r = first("$$w = w_1, w_2, \\ldots$$\n");
    assertThat(r.isClaim()).as(r.toString()).isFalse();
  }

  @Test
  void aBracketOfJuxtaposedMembersIsADefinition() {
    StepResult r = first("$$x = (x^{(1)} \\ldots x^{(d)})$$\n");
    assertThat(r.isClaim()).as(r.toString()).isFalse();
  }

  @Test
  void theListedNameStaysUndefinedAndIsNeverRefutedThroughIt() {
    // the list gives w no value: w^2 = 4 holds only for values the text does not state
    CheckReport report = FixturePair.checkMarkdown(engine, "$$w = w_1, w_2, \\ldots$$\n\n"
        + "$$w^2 = 4$$\n");
    StepResult r = FixturePair.lastClaim(report);
    assertThat(r.verdict()).as(report.render()).isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aCutDecimalIsStillNotAList() {
    StepResult r = first("$$\\sqrt{3/2} = 1.22\\ldots$$\n");
    assertThat(r.isClaim()).as(r.toString()).isTrue();
  }
}
