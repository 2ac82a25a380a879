package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Calculus notation the reader reads ({@code derivations/calculus/NAME.md}): constants of
 * integration, inverse functions, integrals with symbolic bounds, elided terms, norms. The true
 * version is not refuted and proves its steps; the broken one is refuted at its planted line.
 */
@Timeout(300)
class CalculusNotationFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "calculus", file);
  }

  @ParameterizedTest
  @CsvSource({"constant_of_integration_holds_up_to_a_constant, 7",
      "inverse_of_a_catalogue_function, 3", "integral_up_to_a_symbolic_bound, 3",
      "integral_from_minus_infinity_is_checked_up_to_a_constant, 5",
      "elided_terms_are_a_sum, 5"})
  void provedWhenRightAndRefutedWhenBroken(String name, int plantedLine) throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "calculus", name, plantedLine,
        !name.contains("minus_infinity") && !name.contains("elided"));
  }

  @Test
  void aConstantOfIntegrationIsProvedUpToAConstant() throws Exception {
    CheckReport r = check("constant_of_integration_holds_up_to_a_constant.md");
    assertThat(r.render()).contains("up to a constant");
  }

  @Test
  void everyCatalogueInverseInTheFileIsProved() throws Exception {
    CheckReport r = check("inverse_of_a_catalogue_function.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(2);
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void aLetterToTheMinusOneBeforeABracketIsAmbiguousNeverRefuted() throws Exception {
    CheckReport r = check("inverse_or_reciprocal_is_not_refuted.md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("ambiguous: inverse or reciprocal");
  }

  @Test
  void anIntegralFromMinusInfinityIsNeverProvedWithoutItsLimit() throws Exception {
    CheckReport r = check("integral_from_minus_infinity_is_checked_up_to_a_constant.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 5).singleElement()
        .satisfies(s -> assertThat(s.verdict().evidence()).contains("differ by a constant")
            .startsWith("not checked"));
  }

  @Test
  void elidedTermsWithAClearPatternAreASumWrittenOut() throws Exception {
    CheckReport r = check("elided_terms_are_a_sum.md");
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).allSatisfy(s ->
        assertThat(s.verdict().evidence()).contains("holds for n = 1…5 written out"));
  }

  @Test
  void elidedTermsThatAreNoSumAreRefusedNeverGuessed() throws Exception {
    CheckReport r = check("elided_arguments_are_not_guessed.md");
    assertThat(r.steps()).as(r.render()).filteredOn(StepResult::isClaim).hasSize(2)
        .allSatisfy(s -> assertThat(s.verdict().evidence()).contains("elided terms"));
  }

  @org.junit.jupiter.params.ParameterizedTest
  @CsvSource(delimiter = '|', value = {"x_1 + x_2 + \\cdots + x_n | \\sum_{k=1}^{n} x_{k}",
      "a + w_1 x_1 + \\ldots + w_n x_n | a + \\sum_{k=1}^{n} w_{k}x_{k}",
      "x_1 + x_3 + \\cdots + x_n | x_1 + x_3 + \\cdots + x_n",
      "x_1, \\ldots, x_T | x_1, \\ldots, x_T"})
  void aSumOfElidedTermsIsReadOnlyWhereEveryWrittenTermFitsThePattern(String latex,
      String read) {
    assertThat(ElidedTerms.asSums(latex).strip()).isEqualTo(read);
  }

  @Test
  void aQuantifierWithARangeIsAHypothesisThenAClaimAndABareOneStaysAHypothesis() {
    assertThat(QuantifiedClaims.split("x \\in (0, 1), \\; \\sigma^{-1}(x) = y"))
        .containsExactly("0 < x < 1", "\\sigma^{-1}(x) = y");
    assertThat(QuantifiedClaims.split("i, \\; n_i Var[W^i] = 1")).isNull(); // Glorot's wish
  }
}
