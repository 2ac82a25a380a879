package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * h̃ typed with a combining tilde (h + U+0303), as a GRU's candidate state is written: in plain
 * text its definition "h̃ = 3*x" was taken by nothing, so y = h̃² did not depend on x and the
 * true dy/dx = 18x was ✗ with "left = 0". h̃ is a name of its own, as LaTeX's \tilde{h} is.
 */
@Timeout(300)
class ACombiningTildeMakesANameOfItsOwnTest extends CheckFixture {

  @Test
  void aStepThroughATildedNameDefinedInPlainTextIsProved() {
    CheckReport r = checkText("t.txt", "h\u0303 = 3*x\ny = h\u0303^2\ndy/dx = 18*x\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theTildedNameAndThePlainLetterAreTwoNames() {
    CheckReport r = checkText("t.txt", "h = 2*x\nh\u0303 = 3*x\nh\u0303 - h = x\nh\u0303 = h\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 4).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aTildedNameInAnInlineFormulaIsTheNameThePlainLinesUse() {
    CheckReport r = checkMarkdown("t.md", "h = 2*x\nso $h\u0303 = 3x$\nh\u0303 - h = x\n"
        + "h\u0303 + h = x\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(claimOnLine(r, 4).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
