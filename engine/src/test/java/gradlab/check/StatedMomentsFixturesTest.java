package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Variance arguments whose premises are stated in words ({@link StatedMoments}), sums to a
 * subscripted size ({@link SubscriptedSizes}) and a gradient used only through its length
 * ({@link OpaqueVectors}): one tiny derivation per defect in {@code derivations/moments/}.
 */
@Timeout(300)
class StatedMomentsFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "moments", file);
  }

  @Test
  void fanInVarianceWithMomentsStatedInWordsStandsAndItsPlantedErrorIsRefuted()
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "moments",
        "fan_in_moments_stated_in_words", 9, false);
    CheckReport broken = check("fan_in_moments_stated_in_words.broken.md");
    // σ and γ are standard deviations ("variance $\\sigma^2$"): the point has them positive
    assertThat(((StepVerdict.Refuted) broken.firstRefuted().orElseThrow().verdict()).point()
        .values()).as(broken.render()).allSatisfy(v -> assertThat(v).isPositive());
    CheckReport right = check("fan_in_moments_stated_in_words.md");
    assertThat(right.render()).contains("stated in words");
    // Σ E[W²] E[x²] = n σ² γ²: holds for every size written out, with the stated moments
    assertThat(right.steps()).filteredOn(s -> s.line() == 9 && s.isClaim()
        && s.rhs().contains("gamma")).singleElement().satisfies(s -> assertThat(s.verdict())
        .as(right.render()).isInstanceOf(StepVerdict.Unknown.class));
  }

  @Test
  void elementsOfAMatrixStatedIndependentAreItsSmallLetterAndTheProductVarianceIsProved()
      throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "moments",
        "product_variance_of_matrix_elements", 5, true);
  }

  @Test
  void aVarianceStatedThroughTheSizeTakesTheSizeOfEachWrittenOutSum() throws Exception {
    // Var(w_i) = 1/n: in the instance for n = k, n is k (it was refuted at n = 3.92)
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "moments",
        "variance_stated_through_the_size", 5, false);
  }

  @Test
  void secondMomentWithoutAStatedZeroMeanIsNotRefuted() throws Exception {
    for (String name : new String[] {"fan_in_zero_mean_not_stated.md",
        "fan_in_independence_not_stated.md"}) {
      CheckReport r = check(name);
      assertThat(r.steps().stream().filter(StepResult::isClaim)).as(r.render()).isNotEmpty();
      assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    }
  }

  @Test
  void gradientStepThroughItsLengthIsProvedAndItsSignErrorRefuted() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "moments",
        "gradient_step_through_its_length", 3, true);
  }

  @Test
  void twoGradientsAGradientAloneOrAnotherNormAreNotReadThroughALength() throws Exception {
    CheckReport r = check("two_gradients_are_not_one_length.md");
    assertThat(r.steps().stream().filter(StepResult::isClaim)).as(r.render()).hasSize(3)
        .allSatisfy(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.NotChecked.class));
  }

  @Test
  void subscriptedSizeIsSetWhereverTheStepWritesIt() {
    assertThat(SymbolicSums.instance("\\sum_{j=1}^{n_\\mathrm{in}} x_j", 2,
        java.util.List.of(), new java.util.LinkedHashSet<>())).isEqualTo("\\sum_{j=1}^{2} { x_j}");
    assertThat(SymbolicSums.instance("n_\\mathrm{in} s", 2, java.util.List.of("n_{in}"),
        new java.util.LinkedHashSet<>())).isEqualTo("{2} s");
    assertThat(ScriptOrder.subscriptFirst("W^2_{ij} x^2_j \\sum^n_{i=1} w^l_{jk}"))
        .isEqualTo("W_{ij}^2 x_j^2 \\sum^n_{i=1} w^l_{jk}");
    assertThat(SubscriptedSizes.set("n_{in} + n_{out} + n_{in2}", "n_{in}", 3))
        .isEqualTo("{3} + n_{out} + n_{in2}");
  }
}
