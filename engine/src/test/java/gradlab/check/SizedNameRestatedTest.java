package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * L = −Σ_k y_k log p_k, then "L = −log 0.6652" at a numeric example: a claim about L, never L
 * defined anew as a constant (which later steps would then have used).
 */
@Timeout(60)
class SizedNameRestatedTest extends gradlab.symbolic.EngineFixture {

  @Test
  void aValueOfANameDefinedByASumIsAClaimNotANewDefinition() {
    CheckReport r = FixturePair.checkMarkdown(engine,
        "$$L = -\\sum_{k=1}^{K} y_k \\log p_k$$\n\nNumerically, $L = -\\log 0.6652 = 0.4077$.\n");
    assertThat(r.steps()).filteredOn(s -> s.line() == 3 && s.lhs().strip().equals("L"))
        .as(r.render()).singleElement().satisfies(s -> {
          assertThat(s.isClaim()).isTrue();
          assertThat(s.verdict()).isNotInstanceOf(StepVerdict.Refuted.class);
        });
  }
}
