package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Requirements and choices the text states ("we set", "we need", "a sufficient condition is"),
 * the steps that follow from them, and values the text says it computed alike; one tiny fixture
 * pair per reading ({@code derivations/conditions/NAME.md}; the broken version has one planted
 * error).
 */
@Timeout(300)
class ConditionFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "conditions", file);
  }

  private static StepResult at(CheckReport r, int line) {
    List<StepResult> s = r.steps().stream().filter(x -> x.line() == line && x.isClaim())
        .toList();
    assertThat(s).as(r.render()).hasSize(1);
    return s.get(0);
  }

  @Test
  void anEquivalentFormOfAConditionIsProvedOnThePositiveBranchAndAWrongOneRefuted()
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "conditions",
        "equivalent_form_of_a_condition", 5, true);
    CheckReport right = check("equivalent_form_of_a_condition.md");
    assertThat(right.render()).contains("[condition]");
    assertThat(at(right, 5).verdict().evidence()).contains("follows from the condition on "
        + "line 5").contains("σ > 0").contains("squared");
    assertThat(at(right, 7).verdict()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport broken = check("equivalent_form_of_a_condition.broken.md");
    assertThat(broken.firstRefuted().orElseThrow().verdict().evidence())
        .contains("does not follow from the condition on line 5").doesNotContain("sigmav");
  }

  @Test
  void aValueChosenWithSetIsAConditionAndWhatFollowsFromItIsChecked() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "conditions",
        "consequence_of_a_chosen_value", 5, true);
    CheckReport right = check("consequence_of_a_chosen_value.md");
    assertThat(right.steps().stream().filter(StepResult::isClaim)).hasSize(1);
  }

  @Test
  void aValueComputedTheSameWayIsStatedAndTheChainRuleWithStatedValuesIsNamed()
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "conditions",
        "value_computed_the_same_way", 11, true);
    CheckReport right = check("value_computed_the_same_way.md");
    assertThat(right.render()).contains("= -0.019   [value stated (computed as the text "
        + "describes, not shown)]");
    assertThat(right.steps().stream().filter(s -> s.line() == 11 && s.isClaim()).findFirst()
        .orElseThrow().verdict().evidence()).contains("the chain rule through o, with the "
        + "values of lines 7, 9");
  }

  @Test
  void wantingToComputeStaysAClaimWhileASufficientConditionIsNot() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "conditions",
        "wanting_to_compute_is_not_a_condition", 5, true);
    CheckReport right = check("wanting_to_compute_is_not_a_condition.md");
    assertThat(right.render()).contains("a b = 1   [condition]");
  }

  @Test
  void momentsArePutIntoAnEarlierClaimMadeBeforeAPointWasNamed() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "conditions",
        "moments_put_into_an_earlier_claim", 7, true);
    CheckReport right = check("moments_put_into_an_earlier_claim.md");
    assertThat(at(right, 7).verdict().evidence()).contains("follows from lines 5, 3");
  }

  @Test
  void aStepThroughMomentsThatHoldsWithZeroMeansIsNotRefuted() {
    // the zero mean not stated (stated in words it is read, and the step is proved:
    // StatedMomentsFixturesTest)
    CheckReport r = FixturePair.checkMarkdown(engine, "# t\n\nThe names $w$ and $x$ are "
        + "independent.\n\n$$Var[y] = n Var[w x]$$\n\nWe let $w$ be small. Then\n\n"
        + "$$Var[y] = n Var[w] E[x^2]$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(at(r, 9).verdict().evidence()).contains("it may with the means 0");
    CheckReport stated = FixturePair.checkMarkdown(engine, "# t\n\nThe names $w$ and $x$ are "
        + "independent.\n\n$$Var[y] = n Var[w x]$$\n\nWe let $w$ have zero mean. Then\n\n"
        + "$$Var[y] = n Var[w] E[x^2]$$\n");
    assertThat(at(stated, 9).verdict()).as(stated.render()).isInstanceOf(
        StepVerdict.Proved.class);
  }

  @Test
  void aUniformDistributionGivesTheVarianceOfItsEntries() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "conditions",
        "moments_of_a_stated_distribution", 3, true);
  }

  @Test
  void aNormalDistributionGivesMomentsOnlyWhereItsVarianceIsWrittenAsASquare() {
    CheckReport squared = FixturePair.checkMarkdown(engine, "# t\n\nLet $x \\sim "
        + "\\mathcal{N}(\\mu, s^2)$. Then $Var(x) + E[x]^2 = s^2 + \\mu^2$.\n");
    assertThat(squared.count(StepVerdict.Proved.class)).as(squared.render()).isEqualTo(1);
    CheckReport bare = FixturePair.checkMarkdown(engine, "# t\n\nLet $x \\sim "
        + "\\mathcal{N}(0, 0.01)$. Then $Var(x) = 0.0001$.\n");
    assertThat(bare.firstRefuted()).as(bare.render()).isEmpty();
  }

  @Test
  void parametersAfterASemicolonAreArguments() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "conditions",
        "parameters_after_a_semicolon", 5, true);
  }

  @Test
  void conditionWordsAreReadFromTheProseEndOnly() {
    assertThat(StatedConditions.introduces("One way is to set ")).isTrue();
    assertThat(StatedConditions.introduces("the variance can blow up unless ")).isTrue();
    assertThat(StatedConditions.introduces("A sufficient condition is:")).isTrue();
    assertThat(StatedConditions.introduces("we might want to have")).isTrue();
    assertThat(StatedConditions.introduces("we would like")).isTrue();
    assertThat(StatedConditions.introduces("We want to compute:")).isFalse();
    assertThat(StatedConditions.introduces("The set of inputs is")).isFalse();
    assertThat(StatedConditions.introduces("Then we get")).isFalse();
    assertThat(ValuesComputedAlike.saysComputedAlike("Following the same process for $x$, we "
        + "get ")).isTrue();
    assertThat(ValuesComputedAlike.saysComputedAlike("Done similarly. Then we get ")).isFalse();
  }
}
