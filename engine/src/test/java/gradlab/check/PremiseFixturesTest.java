package gradlab.check;

import static gradlab.check.FixturePair.lastClaim;
import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.Expr;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Earlier claims taken as premises, and the chain rule through a quantity the text never
 * defines, one tiny fixture pair per rule named after the defect it guards against
 * ({@code derivations/premises/NAME.md}; the broken version has one planted error).
 */
@Timeout(300)
class PremiseFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "premises", file);
  }


  @Test
  void aStepFromTwoEarlierClaimsFollowsAndItsWrongVersionIsRefutedNamingThem()
      throws Exception {
    CheckReport right = check("step_follows_from_two_earlier_claims.md");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    assertThat(lastClaim(right).verdict().evidence()).contains("follows from lines 9, 5")
        .contains("not proved");
    CheckReport broken = check("step_follows_from_two_earlier_claims.broken.md");
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
    assertThat(broken.firstRefuted().orElseThrow().line()).isEqualTo(13);
    assertThat(broken.firstRefuted().orElseThrow().verdict().evidence())
        .contains("does not follow from lines 9, 5").contains("given them, ∂C/∂a = ");
    assertThat(broken.render()).contains("first wrong step: line 13 (or one of its unchecked "
        + "premises, lines 9, 5)");
  }

  @Test
  void theSameLeftSideRewrittenThroughADefinitionIsCheckedFromThePreviousRightSide()
      throws Exception {
    CheckReport right = check("same_left_side_restated_through_a_definition.md");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport broken = check("same_left_side_restated_through_a_definition.broken.md");
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
    assertThat(broken.firstRefuted().orElseThrow().line()).isEqualTo(13);
  }

  @Test
  void theChainRuleThroughAnUndefinedQuantityIsNamedNeverProvedNorRefuted() throws Exception {
    CheckReport right = check("chain_rule_through_an_undefined_quantity.md");
    assertThat(lastClaim(right).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Unknown.class);
    assertThat(lastClaim(right).verdict().evidence()).contains("the chain rule through o")
        .contains("holds if E depends on n only through o");
    assertThat(right.render()).contains("unknown: 1 step is the chain rule through a quantity");
    CheckReport broken = check("chain_rule_through_an_undefined_quantity.broken.md");
    assertThat(broken.firstRefuted()).as(broken.render()).isEmpty();
    assertThat(lastClaim(broken).verdict()).as(broken.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
  }

  @Test
  void aClaimWrittenAgainIsNotProvedByItself() throws Exception {
    CheckReport r = check("claim_restated_is_not_proved_by_itself.md");
    assertThat(lastClaim(r).verdict().evidence()).as(r.render())
        .isEqualTo("not checked: restates line 3, which is not checked");
  }

  @Test
  void aStepThatNeedsARelationStatedInlineIsNotRefutedWhereThatRelationFails()
      throws Exception {
    CheckReport r = check("relation_stated_inline_blocks_a_refutation.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(lastClaim(r).verdict().evidence()).as(r.render()).contains("line 9 does not hold");
  }

  @Test
  void eliminationSolvesAffineEquationsAndReportsContradictionsAndTwoReadings() {
    Expr solved = AffineElimination.solve(engine, List.of(eval("p - q*a*(1 - a)"),
        eval("p - (a - y)")), java.util.Arrays.asList("p", null), Set.of("p", "q")).values()
        .get("q");
    assertThat(AffineElimination.identicallyZero(engine, engine.substitute(eval(
        "q - (a - y)/(a*(1 - a))"), Map.of("q", solved)))).isTrue();
    assertThat(AffineElimination.solve(engine, List.of(eval("p - 2"), eval("p - 3")),
        java.util.Arrays.asList("p", "p"), Set.of("p")).contradiction()).isEqualTo(1);
    AffineElimination.Result twoReadings = AffineElimination.solve(engine, List.of(eval(
        "q*(a - b)")), java.util.Arrays.asList((String) null), Set.of("q"));
    assertThat(twoReadings.values()).isEmpty();
    assertThat(twoReadings.skipped()).containsExactly(0);
  }

  @Test
  void theSummaryNamesUncheckedPremisesOnlyForARefutationThroughThem() {
    StepVerdict through = new StepVerdict.Refuted(Map.of("a", 0.5), 1, 2, PremiseSteps
        .DOES_NOT_FOLLOW + "lines 24, 11 (earlier claims taken as premises; lines 24, 11 are "
        + "not proved): given them, q = 1");
    StepVerdict proved = new StepVerdict.Refuted(Map.of("a", 0.5), 1, 2, PremiseSteps
        .DOES_NOT_FOLLOW + "line 7 (earlier claims taken as premises; each proved above)");
    StepVerdict plain = new StepVerdict.Refuted(Map.of("a", 0.5), 1, 2, "");
    assertThat(PremiseRefutations.uncheckedPremises(through))
        .isEqualTo(" (or one of its unchecked premises, lines 24, 11)");
    assertThat(PremiseRefutations.uncheckedPremises(proved)).isEmpty();
    assertThat(PremiseRefutations.uncheckedPremises(plain)).isEmpty();
  }
}
