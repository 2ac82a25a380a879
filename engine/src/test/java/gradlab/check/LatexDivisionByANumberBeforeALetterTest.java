package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code $y = 1/2x$} in LaTeX math has the two readings (1/2)·x and 1/(2x) it has in plain text;
 * the LaTeX reader took the first alone and refuted the true (under the second)
 * {@code -\frac{1}{2x^2}}. A division written with \frac, or by a number after its letter, is
 * read as before.
 */
@Timeout(60)
class LatexDivisionByANumberBeforeALetterTest extends gradlab.symbolic.EngineFixture {

  @Test
  void aDerivativeTrueUnderTheOtherReadingIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $y = 1/2x$.\n\n$$\\frac{dy}{dx} = -\\frac{1}{2x^2}$$\n");

    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOfSatisfying(StepVerdict.NotChecked.class, v ->
            assertThat(v.reason()).contains("(1/2)·x or 1/(2x)"));
  }

  @Test
  void aValueTypesetTheSameWithASpaceIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, "At $x = 2$: $1/2 x = 0.25$.\n");

    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aFracBeforeItsLetterIsStillReadAndAWrongDerivativeRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $y = \\frac{1}{2}x$ and $h = x/2$.\n\n$$\\frac{dy}{dx} = 2$$\n");

    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(3));
  }
}
