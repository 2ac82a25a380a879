package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Notation a new user wrote that was misread and then refuted (issue 12, a student's homework):
 * one tiny fixture per misreading ({@code derivations/constructs/NAME.md}); the true version has
 * no step refuted, the {@code NAME.broken.md} version exactly one, at the planted line, where
 * every reading fails.
 */
@Timeout(300)
class NotationReadingsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "constructs", file);
  }

  private static StepVerdict verdictAt(CheckReport r, int line) {
    return r.steps().stream().filter(s -> s.line() == line && s.isClaim()).findFirst()
        .orElseThrow(() -> new AssertionError("no claim on line " + line + "\n" + r.render()))
        .verdict();
  }

  @ParameterizedTest
  @CsvSource({"operator_form_derivative_takes_the_whole_product, 7",
      "greek_letter_function_is_applied, 7",
      "normal_cdf_named_in_words, 5",
      "function_defined_after_its_use, 5",
      "e_as_error_and_as_euler_number, 5",
      "spacing_commands_are_ignored, 3",
      "variance_name_is_sampled_positive, 5"})
  void trueStepsAreNotRefutedAndThePlantedErrorIsRefutedAtItsLine(String name, int planted)
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "constructs", name, planted, false);
  }

  @Test
  void operatorFormTakesTheWholeProductAndIsAmbiguousBeforeASumUnlessBracketed() throws Exception {
    CheckReport r = check("operator_form_derivative_takes_the_whole_product.md");
    for (int line : new int[] {3, 5, 7}) {
      assertThat(verdictAt(r, line)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    }
    assertThat(verdictAt(r, 11)).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(verdictAt(r, 11).evidence()).contains("ambiguous");
    assertThat(verdictAt(r, 15)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void greekFunctionsDefinedOrDescribedAreAppliedAndUndefinedOnesAreNotChecked()
      throws Exception {
    CheckReport gamma = check("greek_letter_function_is_applied.md");
    assertThat(verdictAt(gamma, 7)).as(gamma.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(gamma.steps()).as(gamma.render()).filteredOn(s -> s.line() == 11)
        .singleElement().satisfies(s -> assertThat(s.verdict())
            .isInstanceOf(StepVerdict.NotChecked.class));
    CheckReport phi = check("normal_cdf_named_in_words.md");
    assertThat(verdictAt(phi, 5)).as(phi.render()).isInstanceOf(StepVerdict.Proved.class);
    CheckReport later = check("function_defined_after_its_use.md");
    assertThat(verdictAt(later, 5)).as(later.render()).isInstanceOf(StepVerdict.Proved.class);
    assertThat(verdictAt(later, 9)).as(later.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void eThatIsBothTheErrorAndEulersNumberIsNotCheckedWhereTheReadingsDisagree()
      throws Exception {
    CheckReport r = check("e_as_error_and_as_euler_number.md");
    assertThat(verdictAt(r, 5)).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(verdictAt(r, 5).evidence()).contains("Euler");
    assertThat(verdictAt(r, 7)).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void spacingCommandsDoNotSplitAStepButQuadStillSeparatesStatements() throws Exception {
    CheckReport r = check("spacing_commands_are_ignored.md");
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 3)
        .hasSize(4).allSatisfy(s -> assertThat(s.verdict())
            .isInstanceOf(StepVerdict.Proved.class));
    assertThat(r.steps()).as(r.render()).filteredOn(s -> "named point".equals(s.note()))
        .extracting(StepResult::lhs).containsExactly("a", "b");
  }

  @Test
  void displayMathWithDollarsOnTheirOwnLinesIsMarkdown() {
    assertThat(DocumentFormat.isMarkdown("# a\n\n$$\n\\frac{d}{dx} x^3 = 3x^2\n$$\n"))
        .isTrue();
    assertThat(DocumentFormat.isMarkdown("# a\n\\begin{align}\nx &= y\n\\end{align}\n"))
        .isTrue();
    assertThat(DocumentFormat.isMarkdown("\\[ x^2 = x x \\]")).isTrue();
    assertThat(DocumentFormat.isMarkdown("let u = x*y\nD(u, x) = y\n")).isFalse();
  }

  @Test
  void latexInTheEngineSyntaxFormatGetsOurMessageNotTheParsers() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(30)).checkText("t",
        "\\frac{d}{dx} x^3 = 3x^2\n& = 3 x x\n");
    assertThat(r.steps()).as(r.render()).hasSize(2);
    // a line of the few commands LatexInPlainLines knows is read; an aligned row is not
    assertThat(r.steps().get(0).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
    StepResult row = r.steps().get(1);
    assertThat(row.verdict()).as(r.render()).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(row.verdict().evidence()).contains("LaTeX").doesNotContain("RawBackslash")
        .doesNotContain("prefix operator").doesNotContain("syntax error");
  }
}
