package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "if x > 0 then f'(x) = 1" in plain text: "if" and "then" were names, so the true line was
 * refuted as "0 then f'(x) = 1", "for x > 0 f'(x) = 0" was proved as "0 f'(x) = 0", and the
 * condition of "x > 0 => …" or "… where x > 0" was refuted on its own (found by the lead trying a
 * student's max-pooling step). A comparison under if, when, where, for or an arrow is the line's
 * assumption in plain text now, as in LaTeX: the wrong version is ✗ inside its condition
 * (PlainConditionReadAsAnAssumptionTest has each form).
 */
class ConditionInWordsInPlainTextTest extends CheckFixture {
  private static final String RELU = "f(x) = relu(x)\n\n";

  @Test
  void aTrueStatementUnderIfIsNeverRefuted() {
    for (String line : new String[] {"if x > 0 then f'(x) = 1", "if x > 0: f'(x) = 1",
        "f'(x) = 1 if x > 0", "If x < 0, then f'(x) = 0", "when x > 0, f'(x) = 1",
        "f'(x) = 1 when x > 0", "for x > 0 f'(x) = 1", "f'(x) = 1 where x > 0",
        "x > 0 => f'(x) = 1", "f'(x) = 1 (x > 0)", "for x<0: f'(x) = 0"}) {
      CheckReport r = checkText("hw.txt", RELU + line + "\n");
      assertThat(r.steps()).as(r.render())
          .noneMatch(s -> s.verdict() instanceof StepVerdict.Refuted);
    }
  }

  @Test
  void aWrongStatementUnderIfIsNeverProvedAndIsRefutedInsideItsCondition() {
    for (String line : new String[] {"if x > 0 then f'(x) = 0", "f'(x) = 0 if x > 0",
        "for x > 0 f'(x) = 0", "f'(x) = 0 when x > 0", "x > 0 => f'(x) = 0"}) {
      CheckReport r = checkText("hw.txt", RELU + line + "\n");
      assertThat(r.steps()).as(r.render()).noneMatch(s -> s.verdict() instanceof StepVerdict.Proved
          && s.line() == 3);
      assertThat(claimOnLine(r, 3).verdict()).as(r.render())
          .isInstanceOf(StepVerdict.Refuted.class);
    }
  }

  @Test
  void inLatexTheConditionIsAnAssumptionAndTheWrongVersionIsRefuted() {
    CheckReport r = checkMarkdown("hw.md",
        "Let $f(x) = \\mathrm{relu}(x)$.\n\nIf $x > 0$ then $f'(x) = 0$.\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
