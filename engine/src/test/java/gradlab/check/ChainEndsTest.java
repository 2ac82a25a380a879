package gradlab.check;

import static gradlab.check.FixturePair.lastClaim;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The ends of a chain of equalities whose middle is not read are a premise ({@link ChainEnds}):
 * fixtures {@code derivations/premises/chain_ends_*.md}.
 */
@Timeout(300)
class ChainEndsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "premises", file);
  }


  @Test
  void aStepThroughTheEndsOfAChainWithAnUnreadSumFollowsAndItsSlipIsRefuted()
      throws Exception {
    CheckReport right = check("chain_ends_with_an_unread_middle.md");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(lastClaim(right).verdict().evidence()).contains("follows from line 7");
    CheckReport broken = check("chain_ends_with_an_unread_middle.broken.md");
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
    assertThat(broken.firstRefuted().orElseThrow().line()).isEqualTo(11);
  }

  @Test
  void aChainThatEndsApproximatelyGivesNoPremiseSoTheStepIsNeverRefuted() throws Exception {
    CheckReport approx = check("chain_ends_approximately_are_no_premise.md");
    assertThat(approx.firstRefuted()).as(approx.render()).isEmpty();
    assertThat(lastClaim(approx).verdict()).as(approx.render())
        .isNotInstanceOf(StepVerdict.Proved.class);
  }
}
