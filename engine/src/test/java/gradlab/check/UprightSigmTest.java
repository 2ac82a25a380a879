package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Deep Learning Tutorials write the logistic sigmoid {@code \mathrm{sigm}} (the RBM's free
 * energy, "$-\frac{e^{c_i + W_i v}}{1 + e^{c_i + W_i v}} = -\mathrm{sigm}(c_i + W_i v)$"): the
 * reader refused "the operator sigm(…)", and a planted 1 for the numerator's e^{…} was never
 * found (held17). It is σ.
 */
@Timeout(120)
class UprightSigmTest extends gradlab.symbolic.EngineFixture {
  @Test
  void theDerivativeOfTheSoftplusTermIsMinusSigm() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$-\\frac{e^{c + w v}}{1 + e^{c + w v}} = -\\mathrm{sigm}(c + w v)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("✓");
  }

  @Test
  void aDroppedNumeratorBeforeSigmIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$-\\frac{1}{1 + e^{c + w v}} = -\\mathrm{sigm}(c + w v)$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
