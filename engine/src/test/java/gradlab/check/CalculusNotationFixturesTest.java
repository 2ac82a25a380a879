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
      "inverse_of_a_catalogue_function, 3"})
  void provedWhenRightAndRefutedWhenBroken(String name, int plantedLine) throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "calculus", name, plantedLine, true);
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
    assertThat(r.render()).contains("ambiguous (inverse or reciprocal");
  }
}
