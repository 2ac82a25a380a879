package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function whose body uses a name defined from its parameter (GELU's tanh approximation as a
 * student writes it: u of x, then g(x) = 0.5x(1 + tanh u)); with u held fixed, the correct
 * g′(x) with its chain term through u was refuted.
 */
@Timeout(120)
class DependentBodyNamesTest extends gradlab.symbolic.EngineFixture {
  private static final String DEFINED = "Let $u = 2x + x^3$ and $g(x) = x \\tanh u$.\n\n";

  @Test
  void theChainTermThroughANameOfTheParameterIsPartOfTheDerivative() {
    CheckReport r = FixturePair.checkMarkdown(engine, DEFINED
        + "$$g'(x) = \\tanh u + x\\left(1 - \\tanh^2 u\\right)\\left(2 + 3x^2\\right)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aDerivativeThatHoldsTheNameFixedIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, DEFINED + "$$g'(x) = \\tanh u$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aFunctionOfADefinedNameStaysAFunctionOfThatName() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $z = w x + b$ and "
        + "$s(z) = \\frac{1}{1 + e^{-z}}$.\n\n$$s'(z) = s(z)(1 - s(z))$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
