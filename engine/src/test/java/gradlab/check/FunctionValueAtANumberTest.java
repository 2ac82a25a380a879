package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "with rewards $R(1) = 3$ and $R(0) = 1$" (a policy-gradient baseline, held20) read R(0) as
 * R·0 and refuted 0 = 1 in a correct file: a name before a bracket holding one number may be a
 * function's value, whatever its letter. Read both ways; a step false both ways stays ✗.
 */
@Timeout(300)
class FunctionValueAtANumberTest extends CheckFixture {
  @Test
  void aNameAtANumberIsNotRefutedAsAProduct() {
    CheckReport r = checkMarkdown("t.md", "# r\n\nWith rewards $R(1) = 3$ and $R(0) = 1$.\n");
    r.steps().stream().filter(StepResult::isClaim).forEach(s -> assertThat(s.verdict())
        .as(r.render()).isNotInstanceOf(StepVerdict.Refuted.class));
  }

  @Test
  void aStepFalseUnderBothReadingsIsStillRefuted() {
    String defined = "# r\n\nLet $R(a) = 2a + 1$.\n\n";
    CheckReport r = checkMarkdown("t.md", defined + "$$R(0) + R(1) = 4$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    r = checkMarkdown("t.md", defined + "$$R(0) + R(1) = 3$$\n");
    assertThat(claimOnLine(r, 5).verdict()).as(r.render()).isInstanceOf(StepVerdict.Refuted.class);
  }
}
