package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** \boxed{…} is its content and \intertext{…} ends a row: the formulas are checked. */
class BoxedAndIntertextTest extends EngineFixture {

  @Test
  void wrongBoxedAnswerIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\Rightarrow \\boxed{\\frac{\\mathrm{d}}{\\mathrm{d}x} x^2 = 3x}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void rightBoxedAnswerIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\boxed{\\frac{\\mathrm{d}}{\\mathrm{d}x} x^2 = 2x}$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void rowAfterIntertextIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, "\\begin{align}\nf(x) &= x^2 \\label{a} \\\\\n"
        + "\\intertext{and so}\nf'(x) &= 3x \\tag{1}\n\\end{align}\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(4));
  }

  @Test
  void rightRowAfterIntertextIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "\\begin{align}\nf(x) &= x^2 \\\\\n"
        + "\\intertext{and so}\nf'(x) &= 2x\n\\end{align}\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void unwrapKeepsTheLinesOfTheMarkup() {
    assertThat(LatexWrappers.unwrap("a \\\\\n\\intertext{so\nthen}\nb")).hasLineCount(4);
    assertThat(LatexWrappers.unwrap("\\boxed{x = \\frac{1}{2}}")).isEqualTo("x = \\frac{1}{2}");
  }
}
