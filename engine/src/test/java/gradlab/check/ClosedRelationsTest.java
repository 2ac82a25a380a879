package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A relation after "where" whose sides are numbers once the text's definitions are read
 * (σ′(0) = 0.5 after σ is defined) is a claim, checked and counted; one with a free name stays
 * an assumption.
 */
@Timeout(300)
class ClosedRelationsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aFalseValueAfterWhereIsRefutedAndATrueOneStands() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "inequalities",
        "closed_value_after_where_is_a_claim", 5, true);
  }

  @Test
  void theTrueValueAfterWhereIsProvedNotAssumed() throws Exception {
    CheckReport r = FixturePair.check(engine, "inequalities",
        "closed_value_after_where_is_a_claim.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 5 && s.isClaim())
        .singleElement().satisfies(s -> assertThat(s.verdict())
            .isInstanceOf(StepVerdict.Proved.class));
    assertThat(r.steps()).as(r.render()).filteredOn(s -> "assumption".equals(s.note()))
        .noneMatch(s -> s.lhs().contains("0.25"));
  }

  @Test
  void aRelationWithAFreeNameAfterWhereStaysAnAssumption() throws Exception {
    CheckReport r = FixturePair.check(engine, "inequalities",
        "hypotheses_are_assumed_not_claimed.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> "assumption".equals(s.note()))
        .extracting(StepResult::lhs).contains("\\sigma(z) = 2");
  }
}
