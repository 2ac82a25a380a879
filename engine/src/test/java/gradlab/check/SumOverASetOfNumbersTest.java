package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Σ over a set of whole numbers written out, Σ_{y ∈ {0, 1}}: a Bernoulli variable's values. */
@Timeout(120)
class SumOverASetOfNumbersTest extends gradlab.symbolic.EngineFixture {
  private static final String MEAN = "$$\\sum_{y \\in \\{0, 1\\}} y \\, p^y (1-p)^{1-y} = %s$$\n";

  @Test
  void theMeanOfABernoulliVariableIsProvedTermByTerm() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, MEAN.formatted("p"));
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongMeanIsRefuted() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, MEAN.formatted("1 - p"));
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void negativeMembersAreValuesToo() throws Exception {
    CheckReport r = FixturePair.checkMarkdown(engine, "$$\\sum_{s \\in \\{-1, 1\\}} s^3 = 0$$\n");
    assertThat(FixturePair.lastClaim(r).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Proved.class);
  }
}
