package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Nielsen's notation (learning rules with →, ∂C₀/∂w of a cost the text never defines, Σ over
 * training inputs and over weights, layer indices), one tiny fixture per reading named after the
 * defect it guards against ({@code derivations/constructs/NAME.md}): the true version has no step
 * refuted, the {@code NAME.broken.md} version exactly one, at the planted line.
 */
@Timeout(300)
class IndexNotationFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "constructs", file);
  }

  @ParameterizedTest
  @CsvSource({"arrow_update_rule_continued_on_the_next_row, 8",
      "derivative_of_an_undefined_cost_is_any_value, 7"})
  void trueStepsStandAndThePlantedErrorIsRefutedAtItsLine(String name, int plantedLine)
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "constructs", name, plantedLine, true);
  }

  @ParameterizedTest
  @CsvSource({"sum_over_training_inputs_in_a_definition, 9",
      "sum_over_the_weights_in_a_definition, 7", "free_index_of_a_family_sum, 5"})
  void sumsOverUnwrittenSetsHoldWrittenOutAndThePlantedErrorFailsForEverySize(String name,
      int plantedLine) throws Exception {
    CheckReport right = check(name + ".md");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.steps()).as(right.render()).filteredOn(StepResult::isClaim).isNotEmpty()
        .allSatisfy(s -> {
          assertThat(s.verdict()).isInstanceOf(StepVerdict.Unknown.class);
          assertThat(s.verdict().evidence()).contains("written out").contains("not proved for all");
        });
    CheckReport broken = check(name + ".broken.md");
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
    assertThat(broken.firstRefuted().orElseThrow()).as(broken.render()).satisfies(s -> {
      assertThat(s.line()).isEqualTo(plantedLine);
      assertThat(s.verdict().evidence()).contains("fails for every size decided");
    });
  }

  @Test
  void aSumOverTheWeightsIsWrittenOutOverDistinctWeights() {
    SizedDefinitions d = new SizedDefinitions();
    assertThat(d.rewrite("\\sum_w w^2")).isEqualTo("\\sum_{q=1}^{M} {w_{q}^2}");
    assertThat(d.rewrite("\\sum_x (y - a)")).as("no count of the inputs shown")
        .isEqualTo("\\sum_x (y - a)");
    assertThat(d.rewrite("\\frac{1}{n} \\sum_x x_j a")).isEqualTo(
        "\\frac{1}{n} \\sum_{q=1}^{n} {x_j a}");
  }

  @Test
  void aClaimInNamesNeverIntroducedIsNotCheckedNotRefutedThroughItsOwnRestatement()
      throws Exception {
    CheckReport r = check("claim_in_undefined_names_restates_nothing.md");
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.NotChecked.class));
  }

  @Test
  void aStepNamingTwoMembersOfASumOverTheWeightsIsNotChecked() throws Exception {
    CheckReport r = check("sum_over_the_weights_two_members_not_checked.md");
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).singleElement()
        .satisfies(s -> assertThat(s.verdict().evidence()).contains("two of its members"));
  }

  @Test
  void anUndefinedNameStandingBesideItsOwnDerivativeIsNeverRefuted() throws Exception {
    CheckReport r = check("derivative_of_an_undefined_factor_standing_in_the_step.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).hasSize(2);
  }

  @Test
  void aDefinitionWithAFreeIndexAndASumIsNotWrittenOutSoItsTrueDerivativeStands()
      throws Exception {
    CheckReport r = check("softmax_with_a_free_index_is_not_written_out.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    // the first display defines the family (nc9); the three steps after it are claims
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).hasSize(3);
    assertThat(r.steps().get(0).note()).isEqualTo(ChainChecks.LAYERED_DEFINITION);
  }

  @Test
  void aWrittenOutDefinitionGivenAnewInAFormNotReadIsForgotten() throws Exception {
    CheckReport r = check("sum_definition_given_anew_is_forgotten.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 5).singleElement()
        .satisfies(s -> assertThat(s.verdict().evidence()).contains("a new definition of C"));
  }

  @Test
  void aDerivativeOfAnUndefinedCostOnOneSideOnlyIsNotChecked() throws Exception {
    CheckReport r = check("derivative_of_an_undefined_cost_on_one_side_is_not_checked.md");
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.NotChecked.class));
  }

  @Test
  void anArrowAfterANameThatRecursIsAnUpdateAndAnyOtherArrowIsNot() {
    assertThat(UpdateRules.arrowUpdate("w \\rightarrow w' = w - \\eta g")).isEqualTo(
        "w' = w - \\eta g");
    assertThat(UpdateRules.arrowUpdate("b^l_j & \\rightarrow & b^l_j - \\eta g")).isNotNull();
    assertThat(UpdateRules.arrowUpdate("f = x y \\rightarrow \\frac{\\partial f}{\\partial x} = y"))
        .isNull();
    assertThat(UpdateRules.arrowUpdate("x \\to 0")).isNull();
  }
}
