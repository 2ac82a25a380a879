package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A network written as a family with a shifted index, "$z_i = w_i a_{i-1}$ and $a_i =
 * \sigma(z_i)$, $i = 1, \dots, 4$, where $a_0 = x$ and $a_4 = y$": the members were written
 * with a_{{4}-1} (a name of its own), so z₁ had no x and the true ∂z₁/∂x = w₁ was ✗; and
 * "a_4 = y", y naming the output, was checked as a claim σ(z₄) = y with y sampled freely (✗).
 * Found by making seed 001's implicit z_i explicit.
 */
@Timeout(60)
class ShiftedIndexFamilyTest extends gradlab.symbolic.EngineFixture {
  private static final String NETWORK = "Each node: $z_i = w_i a_{i-1}$ and $a_i = \\sigma(z_i)"
      + "$, $i = 1, \\dots, 4$, where $a_0 = x$ and $a_4 = y$.\n\n";

  @Test
  void theTrueStepsOfTheShiftedFamilyAreNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NETWORK
        + "$$\\frac{\\partial z_1}{\\partial x} = w_1$$\n\n"
        + "$$\\frac{\\partial z_3}{\\partial a_2} = w_3$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongLocalDerivativeOfTheShiftedFamilyIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NETWORK
        + "$$\\frac{\\partial z_3}{\\partial a_2} = w_2$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void aPartialWrittenUpsideDownIsRefutedUnderBothReadings() {
    CheckReport r = FixturePair.checkMarkdown(engine, NETWORK
        + "$$\\frac{\\partial z_1}{\\partial a_1} = \\sigma'(z_1)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("fails under both");
  }

  @Test
  void anInvertedPartialThatHoldsAsTheInverseIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, NETWORK
        + "$$\\frac{\\partial z_1}{\\partial a_1} = \\frac{1}{\\sigma'(z_1)}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
