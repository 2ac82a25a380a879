package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Notation of the RNN, LSTM and Bernoulli-output texts, one tiny derivation per defect
 * ({@code derivations/notation/NAME.md}): a time step {@code h^{(t+1)}} is a name, never a
 * power; {@code \zeta(x)} is the softplus and {@code \Phi(x)} the normal CDF, unless the text
 * defines them itself; a capital times a written-out vector
 * ({@code W_f \cdot [h_{t-1}, x_t]}) is a row times the vector; a loss the prose names and never
 * defines is differentiated through an algorithm's assignments written out for m = 2, 3. The
 * true step is not refuted and its {@code NAME.broken.md} is refuted at its line.
 */
@Timeout(300)
class VectorAndSequenceNotationFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "notation", file);
  }

  private static List<StepResult> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"time_index_step_is_not_a_power", "zeta_applied_is_the_softplus",
      "matrix_row_times_written_out_vector", "zeta_defined_as_the_softplus",
      "phi_applied_is_the_normal_cdf", "loss_through_written_out_assignments",
      "loss_free_index_step_through_assignments"})
  void trueStepHoldsAndBrokenStepIsRefutedAtItsLine(String name) throws Exception {
    CheckReport right = check(name + ".md");
    assertThat(claims(right)).as(right.render()).isNotEmpty().allSatisfy(s -> assertThat(
        s.verdict()).as(right.render()).isInstanceOfAny(StepVerdict.Proved.class,
        StepVerdict.Unknown.class));
    CheckReport broken = check(name + ".broken.md");
    int last = claims(broken).get(claims(broken).size() - 1).line();
    assertThat(broken.firstRefuted()).as(broken.render()).isPresent();
    assertThat(broken.firstRefuted().get().line()).isEqualTo(last);
  }

  @ParameterizedTest
  @ValueSource(strings = {"loss_not_named_in_prose_is_not_read",
      "loss_through_a_recurrence_is_not_read", "loss_assignment_naming_one_index_is_not_read"})
  void lossNotReadIsNotCheckedNeverRefuted(String name) throws Exception {
    CheckReport r = check(name + ".md");
    assertThat(claims(r)).as(r.render()).isNotEmpty().allSatisfy(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.NotChecked.class));
  }

  @Test
  void scalarTimesWrittenOutVectorIsNeverRefuted() throws Exception {
    CheckReport r = check("scalar_times_written_out_vector_is_not_refuted.md");
    assertThat(claims(r)).as(r.render()).hasSize(2).allSatisfy(s -> assertThat(s.verdict())
        .isNotInstanceOf(StepVerdict.Refuted.class));
  }

  @ParameterizedTest
  @ValueSource(strings = {"zeta_the_text_defines_is_its_own", "zeta_defined_anew_is_its_own",
      "phi_the_text_defines_is_its_own"})
  void zetaTheTextDefinesAsItsOwnFunctionIsNeverTheSoftplus(String name) throws Exception {
    CheckReport r = check(name + ".md");
    assertThat(claims(r)).as(r.render()).isNotEmpty().allSatisfy(s -> assertThat(s.verdict())
        .isNotInstanceOf(StepVerdict.Refuted.class));
  }

  @Test
  void zetaTheTextMakesANumberMultipliesTheBracket() throws Exception {
    CheckReport r = check("zeta_defined_as_a_quantity_is_a_factor.md");
    assertThat(claims(r)).as(r.render()).singleElement().satisfies(s -> assertThat(
        s.verdict()).isInstanceOf(StepVerdict.Proved.class));
  }

  @Test
  void timeStepSuperscriptsAreNamesAndRowProductsNameTheEntries() {
    assertThat(LatexReader.read("h^{(t+1)} + h^{(t-1)}").engineSyntax())
        .isEqualTo("hsuptp1+hsuptm1");
    assertThat(LatexReader.read("W_f \\cdot [h_{t-1}, x_t] + b_f").engineSyntax())
        .isEqualTo("(capwfentry1*(htm1)+capwfentry2*(xt))+bf");
    assertThat(LatexReader.read("a [x, y]").engineSyntax()).isEqualTo("a*{x,y}");
    assertThat(LatexReader.read("\\beta^{(t-1)}").engineSyntax()).isEqualTo("betav^((t-1))");
    assertThat(LatexReader.read("\\zeta(x)").engineSyntax()).isEqualTo("softplus(x)");
  }
}
