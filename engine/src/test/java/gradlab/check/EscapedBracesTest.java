package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * Escaped braces {@code \{ … \}} are a bracket (Bishop's {@code \{1 - y_n\}^{1 - t_n}}, d2l's
 * {@code \mathrm{exp} \Big{\{} … \Big{\}}}), never TeX's invisible grouping: {@code 2\{x + 1\}}
 * was read as 2x + 1, so a true step was ✗.
 */
class EscapedBracesTest extends EngineFixture {

  private StepResult last(String markdown) {
    return FixturePair.lastClaim(FixturePair.checkMarkdown(engine, markdown));
  }

  @Test
  void aBracedFactorMultipliesTheWholeBracket() {
    StepResult r = last("$$2 \\{ x + 1 \\} = 2x + 2$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void theBracketReadAsNoBracketIsRefuted() {
    StepResult r = last("$$2 \\left\\{ x + 1 \\right\\} = 2x + 1$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void aBracedBaseTakesItsPower() {
    StepResult r = last("$$y^{t}\\{1 - y\\}^{1 - t} = y^t (1-y)^{1-t}$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void sizedBracesAfterAnUprightExpAreItsArgument() {
    // d2l's Gaussian: "cannot read: unexpected ' '"
    StepResult r = last("$$\\mathrm{exp}\n\\Big{\\{} -\\frac{x^2}{2} \\Big{\\}} = e^{-x^2/2}$$\n");
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aSetWithElidedMembersIsStillNoClaim() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\mathbf{X} = \\{\\mathbf{x}_1, \\ldots, \\mathbf{x}_N\\}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aBraceThatOpensCasesIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$f(x) = \\left\\{ \\begin{array}{ll} x & "
        + "x > 0 \\\\ 0 & x \\le 0 \\end{array} \\right.$$\n\n$$f(2) = 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
