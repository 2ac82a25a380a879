package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "one Newton step gives $w = 0 - \frac{-1}{5} = 0.2$" after "at $w = 0$" (Murphy's Poisson
 * regression) and "the center moves to $c_j = 0 - 0.5 \cdot (-\frac{4}{3}) = \frac{2}{3}$" after
 * "center $c_j = 0$" (Wen et al.'s center loss): new values of a point announced in words; each
 * was refuted at the old value in a correct file (held17). A wrong update is still refuted.
 */
@Timeout(120)
class UpdateAnnouncedByStepWordsTest extends gradlab.symbolic.EngineFixture {
  private static final String NEWTON = "One feature, at $w = 0$, where the gradient is $-1$ "
      + "and the Hessian $5$, and one Newton step gives $w = 0 - \\frac{-1}{5} = %s$.\n";
  private static final String CENTER = "Two features $x_1 = 1$ and $x_2 = 3$ with center "
      + "$c_j = 0$.\n\nWith $\\alpha = 0.5$ the center moves to $c_j = 0 - 0.5 \\cdot "
      + "\\left(-\\frac{4}{3}\\right) = %s$, towards the features.\n";

  @Test
  void aNewtonStepThatGivesANewValueIsNotRefutedAtTheOldOne() {
    CheckReport r = FixturePair.checkMarkdown(engine, NEWTON.formatted("0.2"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("a new value of w");
  }

  @Test
  void aNewtonStepWithWrongArithmeticIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NEWTON.formatted("0.3"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aCenterThatMovesToAFractionIsNotRefutedAtTheOldValue() {
    CheckReport r = FixturePair.checkMarkdown(engine, CENTER.formatted("\\frac{2}{3}"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aCenterThatMovesToAWrongFractionIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, CENTER.formatted("\\frac{1}{3}"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
