package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The CS231n SVM-versus-softmax figure gives one name two values: $L_i = … = 1.58$ for the SVM,
 * then $L_i = -\ln(0.353) = 1.04$ for the softmax, 0.353 worked out in between. The second was
 * ✗ against the first (held-out round 9). It is "not checked" (ambiguous), and the rest of its
 * chain is checked as usual.
 */
@Timeout(60)
class RenamedQuantityValuesTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "The SVM loss is\n\n$$L = \\max(0, 1 - 0.5) + 1 = 1.5$$\n\n"
      + "The probability of the correct class is\n\n$$\\frac{e^{1}}{e^{0} + e^{1}} = 0.731$$\n\n"
      + "and the cross-entropy loss is\n\n$$L = -\\ln(0.731) = %s$$\n";

  @Test
  void aNameGivenAnotherValueWorkedOutFromAComputedNumberIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("0.313"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("ambiguous");
  }

  @Test
  void aWrongValueInTheRestOfItsChainIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("0.9"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
