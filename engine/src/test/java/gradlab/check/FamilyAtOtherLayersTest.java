package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Nielsen's proof of BP2 recalls a^L_j = σ(z^L_j) for the output layer only, then writes
 * z^{l+1}_k = Σ_j w^{l+1}_{kj} a^l_j + b^{l+1}_k = Σ_j w^{l+1}_{kj} σ(z^l_j) + b^{l+1}_k: written
 * out on the text's layers, a^l was free and the true step ✗.
 */
@Timeout(60)
class FamilyAtOtherLayersTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aFamilyDefinedOnlyAtTheOutputLayerIsNotFreeAtOthers() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $z^l_j = \\sum_k w^l_{jk} a^{l-1}_k"
        + " + b^l_j$. Recalling that $a^L_j = \\sigma(z^L_j)$, note that\n\n$$z^{l+1}_k = \\sum_j"
        + " w^{l+1}_{kj} a^l_j + b^{l+1}_k = \\sum_j w^{l+1}_{kj} \\sigma(z^l_j) + b^{l+1}_k$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
