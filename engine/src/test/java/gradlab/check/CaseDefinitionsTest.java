package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function defined case by case in prose ("$H(z) = 1$ for $z > 0$ and $0$ otherwise") was
 * read as H ≡ 1, and the true ReLU gradient (a − y)·H(z) was ✗ at z < 0 (found by a new user).
 */
@Timeout(60)
class CaseDefinitionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aStepFunctionDefinedByCasesInProseIsNotReadAsItsFirstCase() {
    CheckReport r = check("$z = w x + b$, $a = \\mathrm{ReLU}(z)$, $C = \\frac{1}{2}(a - y)^2$.\n\n"
        + "Let $H$ be the Heaviside step, $H(z) = 1$ for $z > 0$ and $0$ otherwise.\n\n"
        + "$$\\frac{\\partial C}{\\partial b} = (a - y)\\, H(z)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("definition by cases");
  }

  @Test
  void theCasesOfALeakyReluDoNotReplaceEachOther() {
    CheckReport r = check("Leaky ReLU: $g(x) = x$ for $x \\ge 0$ and $g(x) = 0.01x$ for "
        + "$x < 0$.\n\n$$g(3) = 3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aClaimUnderATrailingCaseIsStillChecked() {
    CheckReport r = check("$\\frac{d}{dx} x^2 = 2$ for $x > 0$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
