package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Formulas typed over several lines, as d2l's appendix writes them: inline math holding a
 * column vector broken over three lines was dropped as prose (its entries "not defined" after
 * it), and a line break inside a display's row after {@code \exp} was "cannot read: unexpected
 * '⏎'".
 */
@Timeout(120)
class LineBreaksInFormulasTest extends gradlab.symbolic.EngineFixture {
  private static final String PARAMETERS = "# Exponential family\n\n"
      + "* natural parameters: $\\eta = \\begin{bmatrix} \\eta_1 \\\\ \\eta_2\n"
      + "\\end{bmatrix} = \\begin{bmatrix} \\frac{\\mu}{\\sigma^2} \\\\\n"
      + "\\frac{1}{2 \\sigma^2}  \\end{bmatrix}$,\n";

  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void anInlineColumnVectorOverThreeLinesDefinesItsEntries() {
    CheckReport wrong = check(PARAMETERS
        + "* cumulant: $A = \\frac{1}{2 \\sigma^2} \\mu^2 = \\frac{\\eta_1^2}{2 \\eta_2}$.\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
    assertThat(wrong.firstRefuted().get().line()).as(wrong.render()).isEqualTo(6);
  }

  @Test
  void theTrueStepThroughTheEntriesIsNotRefuted() {
    CheckReport right = check(PARAMETERS
        + "* cumulant: $A = \\frac{1}{2 \\sigma^2} \\mu^2 = \\frac{\\eta_1^2}{4 \\eta_2}$.\n");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isPositive();
  }

  @Test
  void aLineBreakInsideADisplayRowIsASpace() {
    String row = "$$\n\\begin{aligned}\np &= \\frac{1}{\\sqrt{2 \\pi}} \\exp\n"
        + "\\left( -\\frac{x^2}{2} \\right) \\\\\n&= %s\n\\end{aligned}\n$$\n";
    CheckReport right = check(String.format(row, "\\frac{e^{-x^2/2}}{\\sqrt{2 \\pi}}"));
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.count(StepVerdict.Proved.class)).as(right.render()).isPositive();
    CheckReport wrong = check(String.format(row, "\\frac{e^{-x^2}}{\\sqrt{2 \\pi}}"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void dollarsAcrossSeveralLinesWithoutAnEnvironmentStayProse() {
    assertThat(InlineAcrossLines.isMath("x = 1\nand then\ny = 2")).isFalse();
    assertThat(InlineAcrossLines.isMath("v = \\begin{bmatrix} 1 \\\\\n2 \\\\\n3 \\\\\n4\n"
        + "\\end{bmatrix}")).as("more than three breaks").isFalse();
    assertThat(InlineAcrossLines.isMath("v = \\begin{bmatrix} 1 \\\\\n2\n\\end{bmatrix}"))
        .isTrue();
  }
}
