package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A teacher's solution works a forward pass in prose after a part label (found by a new user,
 * user46): "**(a)** … $z_1 = 0.5 \cdot 1 + 0 = 0.5$" of a z_1 defined before the label showed
 * the link z_1 = 0.5·1 + 0 twice, once "not checked: … values the text does not state here" and
 * once ✓, and counted the first among the steps not checked. A chain's links are its steps: one
 * row each, and a wrong value in the chain is still refuted.
 */
@Timeout(60)
class ChainOfAValueInALaterPartTest extends gradlab.symbolic.EngineFixture {
  private static final String GIVEN = "Let $z_1 = w_1 x + b_1$ and $h = \\sigma(z_1)$. Use "
      + "$w_1 = 0.5$, $b_1 = 0$ throughout.\n\n**(a)** Forward pass for $x = 1$.\n\n";

  @Test
  void eachLinkOfTheChainIsShownOnce() {
    CheckReport r = FixturePair.checkMarkdown(engine, GIVEN
        + "$z_1 = 0.5 \\cdot 1 + 0 = 0.5$, $h = \\sigma(0.5) = 0.6225$, and so on.\n");
    assertThat(r.steps().stream().filter(s -> s.line() == 5 && s.lhs().startsWith("z_1")))
        .as(r.render()).hasSize(1);
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void aWrongValueInTheChainIsStillRefuted() {
    CheckReport r = FixturePair.checkMarkdown(engine, GIVEN
        + "$z_1 = 0.5 \\cdot 1 + 0 = 0.5$, $h = \\sigma(0.5) = 0.6525$, and so on.\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(5);
  }
}
