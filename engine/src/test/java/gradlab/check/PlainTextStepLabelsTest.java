package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A step label before a formula in a plain-text file, "(2) 0.8 - 0.1*1.6 = 0.64" or "2. …", was
 * read as a factor: the true step was ✗ (left 1.44) and the wrong "(2) 0.4*0.5 = 0.4" was ✓
 * (found by a new user). Labels are now dropped: (n), n., n), a), (ii), [n].
 */
@Timeout(60)
class PlainTextStepLabelsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine).checkText("labels.txt", text);
  }

  @Test
  void numberedStepsAreCheckedWithoutTheirLabels() {
    for (String label : new String[] {"(2)", "2.", "2)", "b)", "(ii)", "[2]"}) {
      CheckReport r = check("(1) 1 - 0.1*2 = 0.8\n" + label + " 0.8 - 0.1*1.6 = 0.64\n");
      assertThat(r.firstRefuted()).as(label + "\n" + r.render()).isEmpty();
      assertThat(r.count(StepVerdict.Proved.class)).as(label + "\n" + r.render()).isEqualTo(2);
    }
  }

  @Test
  void aWrongNumberedStepIsRefuted() {
    CheckReport r = check("(1) 1 - 0.5 = 0.5\n(2) 0.4*0.5 = 0.4\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(2));
  }

  @Test
  void solvingWithAnArrowIsCheckedInPlainTextToo() {
    CheckReport r = check("f(x) = x^3 - 3*x\nf'(x) = 3*x^2 - 3 = 0 => x = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.lhs()).isEqualTo("x"));
  }
}
