package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Var(X/√d) with d a dimension: Vaswani et al.'s scaling Var(q·k/√d_k) = (1/d_k)·Var(q·k) was
 * "not checked: E[·] or Var(·) of what is not a polynomial" (1/√d_k has a fractional power), so a
 * planted 1/√d_k for 1/d_k went unnoticed. A name the text calls a dimension ("keys of dimension
 * $d_k$") is a constant, and a power of constants alone comes out of Var squared.
 */
@Timeout(120)
class VarianceOverTheRootOfADimensionTest extends gradlab.symbolic.EngineFixture {
  private static final String PROSE = "Queries and keys of dimension $d_k$; $q$ and $k$ are "
      + "independent random variables.\n\n";

  @Test
  void theVarianceOfTheScaledProductIsProved() {
    CheckReport r = FixturePair.checkMarkdown(engine, PROSE + "$$\\mathrm{Var}\\left(\\frac{q "
        + "\\cdot k}{\\sqrt{d_k}}\\right) = \\frac{1}{d_k}\\,\\mathrm{Var}(q \\cdot k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void theRootLeftInsideIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, PROSE + "$$\\mathrm{Var}\\left(\\frac{q "
        + "\\cdot k}{\\sqrt{d_k}}\\right) = \\frac{1}{\\sqrt{d_k}}\\,\\mathrm{Var}(q \\cdot k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aDivisorTheTextNeverCallsAConstantIsNotTakenOut() {
    CheckReport r = FixturePair.checkMarkdown(engine, "$q$ and $k$ are independent random "
        + "variables.\n\n$$\\mathrm{Var}\\left(\\frac{q \\cdot k}{\\sqrt{s}}\\right) = "
        + "\\frac{1}{\\sqrt{s}}\\,\\mathrm{Var}(q \\cdot k)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
