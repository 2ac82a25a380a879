package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A Σ over a primed index (word2vec's softmax denominator over j′) is read, and shown as typed. */
@Timeout(120)
class PrimedSumIndexTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aSumOverAPrimedIndexIsWrittenOutAndShownWithItsPrime() throws Exception {
    CheckReport right = FixturePair.checkMarkdown(engine,
        "$$\\sum_{i'=1}^{n} i' = \\frac{n(n+1)}{2}$$\n");
    StepResult claim = FixturePair.lastClaim(right);
    assertThat(claim.verdict()).as(right.render()).isInstanceOf(StepVerdict.Unknown.class);
    assertThat(claim.verdict().evidence()).contains("written out");
    assertThat(claim.lhs()).isEqualTo("\\sum_{i'=1}^{n} i'");
    CheckReport wrong = FixturePair.checkMarkdown(engine,
        "$$\\sum_{i'=1}^{n} i' = \\frac{n(n-1)}{2}$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }

  @Test
  void theNewLetterIsOneTheTextDoesNotUse() {
    PrimedSumIndices.Renamed r = PrimedSumIndices.rename(
        "$q = 2$ and $$\\sum_{j'=1}^{V} e^{u_{j'}} + v'_j$$");
    assertThat(r.back()).containsExactly(java.util.Map.entry("p", "j'"));
    assertThat(r.text()).contains("\\sum_{p=1}^{V} e^{u_{p}} + v'_j");
  }
}
