package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The true steps refuted on the held-out passages of Parr &amp; Howard (branch chk-corpus5), each
 * as a tiny fixture named after its defect, with the other side of each rule: a matrix's rows
 * split as the display's, fᵢ(wᵢ) read only as a product, and a name given a number at one
 * example equated with the next example's formula; and an array row "a &=& b &=& c", which was
 * left unread.
 */
@Timeout(120)
class HeldOutCorpusFixturesTest extends gradlab.symbolic.EngineFixture {

  @Test
  void aMatrixsRowsAreNotReadAsTheDisplaysRows() {
    // split at \\, this was "2x = 2x" and "3 = 2x", refuted
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$\\begin{bmatrix} 2x \\\\ 3 \\end{bmatrix} = \\begin{bmatrix} 2x \\\\ 3 \\end{bmatrix}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    // read entry by entry since miss11a (ColumnVectorRows): 2x = 2x and 3 = 3
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aColumnVectorInBracketsIsNotReadAsRows() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\left[\\begin{array}{c} 1 \\\\ 2 "
        + "\\end{array}\\right] \\odot \\left[\\begin{array}{c} 3 \\\\ 4\\end{array} \\right] = "
        + "\\left[ \\begin{array}{c} 3 \\\\ 8 \\end{array} \\right]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("matrices and column vectors");
  }

  @Test
  void anArrayThatHoldsTheWholeDisplayStillHasItsRowsRead() {
    String right = "$$\\begin{array}{lcl} y &=& x^2 \\\\ \\frac{dy}{dx} &=& 2x \\end{array}$$\n";
    CheckReport r = FixturePair.checkMarkdown(engine, right);
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    CheckReport broken = FixturePair.checkMarkdown(engine, right.replace("2x", "3x"));
    assertThat(broken.firstRefuted()).as(broken.render()).isPresent();
  }

  @Test
  void anArrayRowWithTwoRelationColumnsIsOneChain() {
    // Parr & Howard's "a &=& b &=& c" was paired two columns at a time: "a =", "b =", unread
    String right = "$$\\begin{array}{lllllllll}\n y &=& x^2\\\\\n \\frac{dy}{dx} &=& 2 \\cdot x "
        + "&=& 2x &&&(\\text{power rule})\n\\end{array}$$\n";
    CheckReport r = FixturePair.checkMarkdown(engine, right);
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    CheckReport broken = FixturePair.checkMarkdown(engine, right.replace("&=& 2x", "&=& 3x"));
    assertThat(broken.firstRefuted()).as(broken.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void aSubscriptedFunctionLetterBeforeABracketIsNotReadAsAProductOnly() {
    // fᵢ·wᵢ + gᵢ·xᵢ = wᵢ + xᵢ was refuted; fᵢ applied to wᵢ is undefined, so it is not checked
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Scalar equations reduce to just $y_i = f_i(w_i) + g_i(x_i) = w_i + x_i$ here.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSubscriptedFunctionTheTextDefinesIsStillApplied() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$f_i(x) = x^2$$\n\n$$f_i(3) = 9$$\n\n$$f_i(3) = 8$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }

  @Test
  void aNameGivenANumberThenEquatedWithTheNextExamplesFormulaIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "If we let $x=1$, then $y=1+1^2=2$.\n\n"
        + "Next, $f(x) = sin(x + x^2)$.\n\n$$y = f(x)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("defined anew");
  }

  @Test
  void aNameGivenANumberThenEquatedWithAnotherNumberIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "If we let $x=1$, then $y=1+1^2=2$.\n\n$$y = 3 - 2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }
}
