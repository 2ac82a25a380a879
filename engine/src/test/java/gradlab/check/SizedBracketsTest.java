package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** d2l's {@code \big{(}…\big{)}} was "cannot read: unexpected '}'"; every size is a bracket. */
@Timeout(60)
class SizedBracketsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void everySizeMacroIsAPlainBracket() {
    assertThat(SizedBrackets.plain("\\big{(}a\\big{)} \\Bigg\\{b\\Biggr\\} \\biggl[c\\biggr]"))
        .isEqualTo("\\big(a\\big) \\big\\{b\\big\\} \\big[c\\big]");
    assertThat(SizedBrackets.plain("\\bigcup_i A_i")).isEqualTo("\\bigcup_i A_i");
  }

  @Test
  void aBracedSizedBracketIsReadOnBothSides() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\big{(}1 + 2\\big{)} \\cdot 2 = 6$$\n\n"
        + "$$\\biggl(3 - 1\\biggr)^2 = 4$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        "$$\\big{(}1 + 2\\big{)} \\cdot 2 = 7$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
