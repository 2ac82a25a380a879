package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A superscript that is one word in a text font, {@code w^{(\text{new})}} (Bishop's Newton
 * update), {@code W^{\mathrm{out}}}: a label of the name, never a power. The cursor strips the
 * font before the label was looked for, so {@code (\text{new})} was "empty brackets" and
 * {@code ^{(\mathrm{new})}} a power of a name "new".
 */
class SuperscriptWordInTextFontTest extends EngineFixture {
  private static final String UPDATE = "Let $w^{(\\text{old})} = 3$ and $\\eta = 0.5$.\n\n"
      + "$$w^{(\\text{new})} = w^{(\\text{old})} - \\eta \\cdot 2 w^{(\\text{old})}$$\n\n";

  @Test
  void theUpdatedValueWithATextLabelIsProved() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        UPDATE + "$$w^{(\\text{new})} = 0$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongUpdatedValueWithATextLabelIsRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        UPDATE + "$$w^{(\\text{new})} = 1$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aWordInMathrmIsALabelNotAPower() {
    // W^{\mathrm{out}} = 2 is a name given a value; W^{out} as W to the power o·u·t was a claim
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "Let $W^{\\mathrm{out}} = 2$.\n\n$$3 W^{\\mathrm{out}} = 7$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theRightProductWithAMathrmLabelIsProved() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "Let $W^{\\mathrm{out}} = 2$.\n\n$$3 W^{\\mathrm{out}} = 6$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }
}
