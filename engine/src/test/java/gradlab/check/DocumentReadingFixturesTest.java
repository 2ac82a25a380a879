package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * How a document's statements are read, one tiny fixture per reading, named after the defect it
 * guards against ({@code derivations/constructs/NAME.md}): the true version has no step refuted,
 * the {@code NAME.broken.md} version has exactly one, at the planted line.
 */
@Timeout(300)
class DocumentReadingFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "constructs", file);
  }

  @ParameterizedTest
  @CsvSource({"definition_through_partials_is_worked_out, 9",
      "comma_separated_points_are_two_statements, 5",
      "comma_separated_definitions_in_a_display, 5",
      "comma_before_an_inequality_is_a_hypothesis, 5",
      "decorated_names_are_their_own_names, 9",
      "update_rule_is_an_assignment_not_a_claim, 5",
      "value_computed_earlier_is_used_later, 7"})
  void trueStepsStandAndThePlantedErrorIsRefutedAtItsLine(String name, int plantedLine)
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "constructs", name, plantedLine, false);
  }

  @Test
  void updateRulesAreShownAsAssignmentsNotClaims() throws Exception {
    CheckReport r = check("update_rule_is_an_assignment_not_a_claim.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 9 || s.line() == 11)
        .hasSize(2).allSatisfy(s -> {
          assertThat(s.isClaim()).isFalse();
          assertThat(s.note()).isEqualTo(UpdateRules.NOTE);
        });
  }

  @Test
  void aValueIsForgottenWhenItsNameIsDefinedAnew() throws Exception {
    CheckReport r = check("value_computed_earlier_is_used_later.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 11).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.NotChecked.class));
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 7 && s.isClaim())
        .first().satisfies(s -> assertThat(s.verdict().evidence())
            .contains("with the values computed earlier: n = 0.2 (line 5)"));
  }

  @Test
  void commaSeparatedPointsAreBothNamed() throws Exception {
    CheckReport r = check("comma_separated_points_are_two_statements.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> "named point".equals(s.note()))
        .extracting(StepResult::lhs).containsExactly("x", "y");
  }

  @Test
  void aListOfNamesOrAThousandsSeparatorIsNotSplit() {
    assertThat(RowStatements.commaParts("x_1, x_2 = 0")).containsExactly("x_1, x_2 = 0");
    assertThat(RowStatements.commaParts("n = 1,000")).containsExactly("n = 1,000");
    assertThat(RowStatements.commaParts("f(x, y) = x y")).containsExactly("f(x, y) = x y");
    assertThat(RowStatements.commaParts("a = 1,\\; b = 2")).containsExactly("a = 1", "b = 2");
  }

  @Test
  void colonEqualsOfANewNameIsADefinitionAndOfItselfAnUpdate() {
    assertThat(UpdateRules.isUpdate("u := x y")).isFalse();
    assertThat(UpdateRules.asDefinition("u := x y")).isEqualTo("u = x y");
    assertThat(UpdateRules.isUpdate("w_5 := w_5 - \\eta g")).isTrue();
    assertThat(UpdateRules.isUpdate("w \\leftarrow w - \\eta g")).isTrue();
    assertThat(UpdateRules.isUpdate("w = w")).isFalse();
  }
}
