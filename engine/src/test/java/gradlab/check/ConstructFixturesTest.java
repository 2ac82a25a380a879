package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One tiny derivation per construct the reader reads, named after the defect it guards
 * against ({@code derivations/constructs/NAME.md}): proved when right, and its
 * {@code NAME.broken.md} refuted; notation with two readings, and what needs the checker's
 * support, is "not checked", never refuted.
 */
@Timeout(300)
class ConstructFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "constructs", file);
  }

  private static List<StepResult> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"vector_is_a_list", "gradient_of_a_named_function",
      "norm_of_a_written_vector", "indicator_of_a_positive_input",
      "definite_integral_with_numeric_bounds", "antiderivative_checked_by_differentiating",
      "multi_letter_subscripts_are_one_name", "example_superscript_is_an_index",
      "upright_function_names", "layer_superscript_is_not_a_power",
      "sigma_as_standard_deviation", "expectation_is_linear", "variance_of_independent_sum",
      "variance_of_a_product_with_a_zero_mean_factor",
      "display_opening_with_left_is_not_a_continuation", "hat_without_braces_is_one_name",
      "a_constant_side_equal_to_zero", "max_over_a_variable"})
  void provedWhenRightAndRefutedWhenBroken(String name) throws Exception {
    CheckReport right = check(name + ".md");
    assertThat(claims(right)).as(right.render()).isNotEmpty().allSatisfy(s -> assertThat(
        s.verdict()).as(right.render()).isInstanceOf(StepVerdict.Proved.class));
    CheckReport broken = check(name + ".broken.md");
    assertThat(broken.firstRefuted()).as(broken.render()).isPresent();
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"sigma_before_a_bracket_has_two_readings",
      "variance_needs_independence", "variance_in_a_display_is_a_claim"})
  void notCheckedWithItsReasonAndLineNeverRefuted(String name) throws Exception {
    CheckReport r = check(name + ".md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claims(r)).as(r.render()).isNotEmpty().allSatisfy(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.NotChecked.class));
    int line = claims(r).get(0).line();
    assertThat(r.render()).containsPattern("not checked: \\d+ steps? .*\\(lines? " + line
        + "[,)]");
  }

  @org.junit.jupiter.api.Test
  void diffInEngineSyntaxIsTheTotalDerivativeThroughTheDefinitions() throws Exception {
    Path dir = Path.of("src/test/resources/derivations/constructs");
    String name = "diff_in_engine_syntax_goes_through_definitions";
    CheckReport right = new DocumentChecker(engine, Duration.ofSeconds(30)).checkText(name,
        Files.readString(dir.resolve(name + ".txt")));
    assertThat(claims(right)).as(right.render()).singleElement().satisfies(s -> assertThat(
        s.verdict()).isInstanceOf(StepVerdict.Proved.class));
    assertThat(right.render()).contains("diff(L, W1)");
    CheckReport broken = new DocumentChecker(engine, Duration.ofSeconds(30)).checkText(name,
        Files.readString(dir.resolve(name + ".broken.txt")));
    assertThat(broken.firstRefuted()).as(broken.render()).isPresent();
  }

  @org.junit.jupiter.api.Test
  void inlineMathAfterThenIsAClaimOfTheText() throws Exception {
    CheckReport right = check("inline_claim_after_then.md");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(claims(right).get(0).verdict()).as(right.render())
        .isInstanceOf(StepVerdict.Proved.class);
    CheckReport broken = check("inline_claim_after_then.broken.md");
    assertThat(broken.firstRefuted()).as(broken.render()).isPresent();
  }
}
