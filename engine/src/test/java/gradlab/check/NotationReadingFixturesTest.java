package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notation of the transcribed texts that the checker used to leave "not checked", one tiny
 * fixture per reading ({@code derivations/readings/NAME.md}), named after the defect: the true
 * version has no step refuted and decides the steps it names, the {@code NAME.broken.md}
 * version has exactly one refuted step, at the planted line.
 */
@Timeout(300)
class NotationReadingFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "readings", file);
  }

  @ParameterizedTest
  @CsvSource({"intermediate_named_with_its_function, 9",
      "function_used_as_a_quantity_is_not_refuted, 5",
      "partial_or_total_of_an_intermediate, 9",
      "subscripted_function_letter_is_a_family, 3",
      "right_arrow_learning_rule_is_an_update, 8",
      "substitution_step_states_its_values, 7",
      "several_names_given_one_value, 5"})
  void trueStepsStandAndThePlantedErrorIsRefutedAtItsLine(String name, int plantedLine)
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "readings", name, plantedLine, true);
  }

  @Test
  void anIntermediateNamedWithItsFunctionIsDefinedAndItsLocalDerivativeProved()
      throws Exception {
    CheckReport r = check("intermediate_named_with_its_function.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 5)
        .extracting(StepResult::note).containsExactly("function definition", "definition");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 9).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved.class));
  }

  @Test
  void anIntermediateOutsideAPartialIsItsValue() throws Exception {
    CheckReport r = check("function_used_as_a_quantity_is_not_refuted.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 9).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved.class));
  }

  @Test
  void thePartialOfAnIntermediateHoldingItsParametersAndTheTotalDerivativeAreBothRead()
      throws Exception {
    CheckReport r = check("partial_or_total_of_an_intermediate.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 9).singleElement()
        .satisfies(s -> assertThat(s.verdict().evidence()).contains("ambiguous, read as the "
            + "total derivative of u₂ in x").contains("the partial ∂u₂/∂x (fails"));
    CheckReport broken = check("partial_or_total_of_an_intermediate.broken.md");
    assertThat(broken.firstRefuted().orElseThrow().verdict().evidence()).as(broken.render())
        .contains("fails under each reading of ∂");
  }

  @Test
  void aBareLetterAfterASubscriptedFunctionOfItIsNotCheckedAgainstTheOldFunction()
      throws Exception {
    CheckReport r = check("subscripted_function_letter_is_a_family.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 5 && s.isClaim())
        .singleElement().satisfies(s -> assertThat(s.verdict().evidence())
            .contains("f may mean f_a, defined on line 5"));
  }

  @Test
  void aRemarkInBracketsAfterSpacingIsAStatementOfItsOwn() {
    assertThat(RowStatements.statements("u_4 = ln(u_3) \\quad (y = u_4)"))
        .containsExactly("u_4 = ln(u_3) ", "y = u_4");
    assertThat(RowStatements.unbracketed("(a + b)(a - b) = c")).isEqualTo("(a + b)(a - b) = c");
  }

  @Test
  void aRightArrowLearningRuleIsAnUpdateAndItsContinuationIsChecked() throws Exception {
    CheckReport r = check("right_arrow_learning_rule_is_an_update.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 6).singleElement()
        .satisfies(s -> assertThat(s.note()).isEqualTo(UpdateRules.NOTE));
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 8).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Proved.class));
    assertThat(UpdateRules.rightArrowUpdate("f = x y \\rightarrow \\frac{df}{dx} = y")).isNull();
  }

  @Test
  void aFontSwitchInBracesIsTheWordUpright() {
    assertThat(LatexCommands.fontGroups("{\\rm sgn}(w)")).isEqualTo("\\mathrm{sgn}(w)");
    assertThat(LatexReader.read("{\\rm sgn}(w)").engineSyntax()).contains("sign(w)");
  }

  @Test
  void aSubstitutionIsOneNumberPerNameWithNoNameLeft() {
    assertThat(Substitutions.of("-(t-o)", "-(0.01-0.75)")).containsExactly(
        java.util.Map.entry("t", "0.01"), java.util.Map.entry("o", "0.75"));
    assertThat(Substitutions.of("t+t", "0.1+0.2")).isNull(); // t put in as two numbers
    assertThat(Substitutions.of("t+o", "0.1+o")).isNull(); // o left
    assertThat(Substitutions.of("t*o", "0.1+0.2")).isNull(); // another operation
    assertThat(Substitutions.agrees("0.593269992", "0.59326999")).isTrue();
    assertThat(Substitutions.agrees("0.593269992", "0.59326899")).isFalse();
    assertThat(Substitutions.agrees("0.1", "0")).isFalse(); // a whole number is exact
    assertThat(Substitutions.agrees("1", "1.0")).isTrue();
  }

  @Test
  void aConstantOfIntegrationIsNotReadAsAName() {
    CheckReport r = DocumentChecker.class.cast(new DocumentChecker(engine, Duration.ofSeconds(30)))
        .checkMarkdown("c.md", "$$C = -[y \\ln a + (1-y) \\ln (1-a)]+ {\\rm constant}$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    // C is new here: defined up to a constant of integration (IntegrationConstants), never
    // with a product of the letters c·o·n·s·t…
    assertThat(r.steps()).as(r.render()).singleElement().extracting(StepResult::note)
        .isEqualTo("definition");
  }

  @Test
  void severalNamesGivenOneValueAreEachANamedPointAndEquivIsARelation() throws Exception {
    CheckReport r = check("several_names_given_one_value.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> "named point".equals(s.note()))
        .extracting(StepResult::lhs).containsExactly("w_1", "w_2", "w_3");
    // the inline \tanh(z) \equiv … on line 3 is a claim too (inline relations are never dropped)
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
  }
}
