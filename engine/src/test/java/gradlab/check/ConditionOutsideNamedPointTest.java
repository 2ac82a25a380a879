package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * "At $x = 0$ the ReLU has a kink" named the point x = 0, and the later "For $x > 0$,
 * $\operatorname{ReLU}'(x) = 1$" was refuted at x = 0, outside its own condition (found by a
 * lecturer). A condition on a name ends that name's point where the point lies outside it; a
 * point inside it is kept.
 */
@Timeout(60)
class ConditionOutsideNamedPointTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aCaseStatedForPositiveXIsNeverRefutedAtAKinkNamedAtZero() {
    CheckReport r = check("At $x = 0$ the ReLU has a kink, so we only differentiate away "
        + "from it.\n\nFor $x > 0$, $\\operatorname{ReLU}'(x) = 1$.\n\n"
        + "For $x < 0$, $\\operatorname{ReLU}'(x) = 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aTrailingConditionOutsideTheNamedPointIsNeverRefutedThere() {
    CheckReport r = check("ReLU is not differentiable at $x = 0$.\n\n"
        + "With $\\alpha = 0.01$, $f(x) = \\max(\\alpha x, x)$. For $x < 0$:\n\n"
        + "$$f'(x) = \\alpha$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongCaseUnderTheConditionIsStillRefuted() {
    CheckReport r = check("At $x = 0$ the ReLU has a kink.\n\n"
        + "For $x > 0$, $\\frac{d}{dx}(x^2) = 3x$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aPointInsideTheConditionIsKept() {
    CheckReport r = check("At $x = 2$ we have $f(x) = x^2$.\n\nFor $x > 0$, $f(x) = 4$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
