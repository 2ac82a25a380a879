package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A density defined by cases, 1 on [0, 1] and 0 otherwise (d2l's uniform distribution), was
 * "not checked: definitions by cases", and every moment the text then computed from it,
 * {@code \int_{-\infty}^\infty x^2 p(x) \, dx = \frac{1}{3}}, was "not checked: integrals of
 * names the text does not define"; a wrong second moment (1/2) went unnoticed. An integral over
 * the whole line of such a function is now the integral over its non-zero cases' intervals.
 */
@Timeout(120)
class UniformDensityIntegralsTest extends gradlab.symbolic.EngineFixture {
  private static final String UNIFORM = "The density is\n"
      + "$$p(x) = \\begin{cases} 1 & x \\in [0,1], \\\\ 0 & \\textrm{otherwise}. \\end{cases}$$\n";

  @Test
  void aMomentOfADensityByCasesIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, UNIFORM
        + "$$\\int_{-\\infty}^\\infty x^2 p(x) \\; dx - \\left(\\frac{1}{2}\\right)^2 "
        + "= \\frac{1}{3} - \\frac{1}{4}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongMomentOfADensityByCasesIsRefutedAtItsLine() {
    CheckReport r = FixturePair.checkMarkdown(engine, UNIFORM
        + "$$\\int_{-\\infty}^\\infty xp(x) \\, dx = \\frac{1}{2}$$\n"
        + "$$\\int_{-\\infty}^{\\infty} x^2 p(x) \\, dx = \\frac{1}{2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(4);
  }

  @Test
  void aDensityOnTwoIntervalsIsIntegratedOverBoth() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let\n"
        + "$$q(t) = \\begin{cases} 0.5 & 0 \\le t \\le 1 \\\\ 0.5 & 2 \\le t \\le 3 \\\\ "
        + "0 & \\text{otherwise} \\end{cases}$$\n"
        + "$$\\int_{-\\infty}^\\infty t \\, q(t) \\, dt = \\frac{3}{2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void casesThatContradictEachOtherAreNotRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let\n"
        + "$$p(x) = \\begin{cases} 1 & 0 \\le x \\le 1 \\\\ 0 & x > 0.5 \\end{cases}$$\n"
        + "$$\\int_{-\\infty}^\\infty p(x) \\, dx = 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void anIntegralOfAFunctionDefinedAnewIsNotReadByItsCases() {
    CheckReport r = FixturePair.checkMarkdown(engine, UNIFORM
        + "Now let $p(x) = e^{-x^2} / \\sqrt{\\pi}$.\n"
        + "$$\\int_{-\\infty}^\\infty x^2 p(x) \\, dx = \\frac{1}{2}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
