package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three readings a lecturer and a student met (user15 F7, F9; user14 F4): {@code \max_x} took
 * only the next factor, so with a point x = 1 named the wrong {@code \max_x e^{-x^2} x = 1} was
 * ✓; a bare e ({@code \frac{1}{e}}) was "ev is not defined"; a point named by "i.e. $z = 0$"
 * made "$σ'(z) ≥ 1/4$ for every $z$" ✓ at z = 0.
 */
@Timeout(60)
class BoundAndEulerReadingsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void maxOverAVariableTakesTheWholeProductThatUsesIt() {
    CheckReport r = check("The critical point is at $x = 1$:\n\n$$\\max_x e^{-x^2} x = 1$$\n\n"
        + "$$\\max_x x e^{-x} = e^{-1}$$\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aBareEInsideAFormulaIsEulersNumber() {
    CheckReport r = check("$$e^{-1} = \\frac{1}{e}$$\n\n$$\\frac{1}{e} \\approx 0.3679$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    CheckReport defined = check("Let $e = y - t$ be the error.\n\n$$\\frac{\\partial}{\\partial y}"
        + " \\frac{1}{2} e^2 = e$$\n");
    assertThat(defined.firstRefuted()).as(defined.render()).isEmpty();
  }

  @Test
  void forEveryZLiftsANamedPointOfZ() {
    CheckReport r = check("Setting $\\sigma''(z) = 0$ gives $\\sigma(z) = \\frac{1}{2}$, i.e. $z = 0$."
        + "\n\nHence $\\sigma'(z) \\ge \\frac{1}{4}$ for every $z$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
    CheckReport plain = check("Hence $\\sigma'(z) \\le \\frac{1}{4}$ for every $z$.\n\n"
        + "So $\\sigma'(z) \\ge \\frac{1}{5}$ for all $z$.\n");
    assertThat(plain.firstRefuted()).as(plain.render()).isPresent();
  }
}
