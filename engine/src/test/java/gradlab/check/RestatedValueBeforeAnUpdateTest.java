package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A value computed at the old point restated after an update ("the loss before the step was
 * L = 0.25") has two readings, the old w and the new one: ✗ only where false at both. In LaTeX
 * the words "After one step" recorded the update; in plain text the line
 * {@code w_new = 0.5 - 0.1*1 = 0.4} moved the point without recording it, and the true restated
 * loss was refuted at the new w (a false ✗).
 */
@Timeout(120)
class RestatedValueBeforeAnUpdateTest extends gradlab.symbolic.EngineFixture {
  private static final String PLAIN = "L = (w*x - y)^2\nx = 1, y = 0, w = 0.5:\nL = 0.25\n"
      + "dL/dw = 2*(w*x - y)*x = 1\n";
  private static final String LATEX = "Let $L = (w x - y)^2$ with $x = 1$, $y = 0$ and "
      + "$w = 0.5$.\n\nThe loss is $L = 0.25$ and the gradient is "
      + "$\\frac{\\partial L}{\\partial w} = 2(w x - y)x = 1$.\n\n"
      + "After one step with $\\eta = 0.1$, $w = 0.5 - 0.1 \\cdot 1 = 0.4$.\n\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void theOldLossRestatedAfterAPlainNamedUpdateIsNotRefuted() {
    CheckReport r = check(PLAIN + "w_new = 0.5 - 0.1*1 = 0.4\nL = 0.16\n"
        + "the loss before the step was L = 0.25\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("which value does it use?");
  }

  @Test
  void theOldLossRestatedAfterAPlainUpdateChainIsNotRefuted() {
    CheckReport r = check(PLAIN + "w = 0.5 - 0.1*1 = 0.4\n"
        + "after one step w = 0.4, and the loss before the step was L = 0.25\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aLossFalseAtBothPointsIsStillRefutedInPlainText() {
    CheckReport r = check(PLAIN + "w_new = 0.5 - 0.1*1 = 0.4\nL = 0.16\n"
        + "the loss before the step was L = 0.36\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(7));
  }

  @Test
  void inLatexTheOldLossIsNotRefutedAndAWrongOneIs() {
    CheckReport right = check(LATEX + "Now the loss is $L = 0.16$. The loss before the step was "
        + "$L = 0.25$.\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    CheckReport wrong = check(LATEX + "Now the loss is $L = 0.16$. The loss before the step was "
        + "$L = 0.36$.\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(7));
  }
}
