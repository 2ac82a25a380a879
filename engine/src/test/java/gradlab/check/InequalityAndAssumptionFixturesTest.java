package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Inequalities as claims, hypotheses as assumptions, ≈ between formulas read to first order and
 * conditional probabilities as one quantity: one tiny fixture pair per rule
 * ({@code derivations/inequalities/NAME.md}), the true version not refuted, the broken one
 * refuted once, at the planted line.
 */
@Timeout(300)
class InequalityAndAssumptionFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "inequalities", file);
  }

  @ParameterizedTest
  @CsvSource({"bound_proved_by_the_catalogue_range, 9", "bound_in_a_stated_domain, 5",
      "strict_bound_at_exact_equality, 3", "absolute_value_hypothesis_bounds_the_samples, 5",
      "hypotheses_are_assumed_not_claimed, 7",
      "first_order_change_has_the_derivative_as_coefficient, 5",
      "conditional_probability_is_one_quantity, 5"})
  void trueStepsStandAndThePlantedErrorIsRefutedAtItsLine(String name, int plantedLine)
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "inequalities", name, plantedLine,
        false);
  }

  @Test
  void boundsAreProvedFromTheCatalogueRangeAndTheExactMaximum() throws Exception {
    CheckReport r = check("bound_proved_by_the_catalogue_range.md");
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim)
        .allSatisfy(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved.class));
    assertThat(r.render()).contains("the range of σ is (0, 1)")
        .contains("the largest value of left − right over all real x is 0");
  }

  @Test
  void aCounterexampleLiesInTheStatedDomain() throws Exception {
    CheckReport r = check("bound_in_a_stated_domain.broken.md");
    StepVerdict.Refuted v = (StepVerdict.Refuted) r.steps().stream()
        .filter(s -> s.verdict() instanceof StepVerdict.Refuted).findFirst().orElseThrow()
        .verdict();
    assertThat(v.point().get("x")).isPositive();
    assertThat(v.evidence()).contains("confirmed at 30 digits");
  }

  @Test
  void aFailingBoundInANameNeverIntroducedIsNotRefutedButShowsWhereItFails() throws Exception {
    CheckReport r = check("bound_in_a_name_never_introduced.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).singleElement()
        .satisfies(s -> assertThat(s.verdict().evidence()).contains("fails at")
            .contains("the text states no range for x"));
  }

  @Test
  void hypothesesAndDistributionsAreListedAsAssumptionsAndNotCountedAsClaims()
      throws Exception {
    CheckReport r = check("hypotheses_are_assumed_not_claimed.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> "assumption".equals(s.note()))
        .extracting(StepResult::lhs).containsExactly("\\sigma(z) = 2", "W \\sim U[-a, a]",
            "x \\sim \\mathcal{N}(0, 1)");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> "assumption".equals(s.note()))
        .noneMatch(StepResult::isClaim);
    // "so that ∂f/∂u = 1" concludes: a claim, not an assumption
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 5 && s.isClaim())
        .hasSize(1);
  }

  @Test
  void approxBetweenFormulasNamesItsFirstOrderReading() throws Exception {
    CheckReport r = check("first_order_change_has_the_derivative_as_coefficient.md");
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).singleElement()
        .satisfies(s -> assertThat(s.verdict().evidence()).startsWith("proved: read to first "
            + "order in Δw: Δa ≈ (∂a/∂w)·Δw"));
  }
}
