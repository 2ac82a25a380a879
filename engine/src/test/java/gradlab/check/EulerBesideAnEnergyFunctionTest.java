package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * An RBM's energy {@code E(v, h) = -b'v - c'h - h'Wv} and then {@code e^{c + w v}}: the bare E
 * the reader writes for Euler's e was taken for the text's function E "used as a quantity", and
 * a planted 1 for the numerator of {@code e^{…}/(1 + e^{…})} was "not checked" (held17).
 */
@Timeout(120)
class EulerBesideAnEnergyFunctionTest extends gradlab.symbolic.EngineFixture {
  private static final String TEXT = "The energy is $E(v, h) = -b v - c h - h w v$.\n\n"
      + "$$-\\frac{%s}{1 + e^{c + w v}} = -\\mathrm{sigm}(c + w v)$$\n";

  @Test
  void theTrueStepBesideAnEnergyFunctionIsNotRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("e^{c + w v}"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aDroppedNumeratorBesideAnEnergyFunctionIsRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, TEXT.formatted("1"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
