package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Σ and Π with symbolic bounds, decided written out for n = 1…5 ({@link SymbolicSums}), one
 * tiny derivation per defect ({@code derivations/sums/NAME.md}): a true step is never refuted
 * and never proved for all n; its {@code NAME.broken.md} is refuted at its line with the size.
 */
@Timeout(300)
class SymbolicSumFixturesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String file) throws Exception {
    return FixturePair.check(engine, "sums", file);
  }

  private static List<StepResult> claims(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sum_to_n_holds_for_every_size", "geometric_sum_of_the_bias_correction",
      "sum_over_an_indexed_family_without_bounds", "sum_undefined_at_one_size",
      "variance_of_a_sum_over_an_independent_family",
      "expectation_of_a_sum_over_distributed_family", "summand_opening_with_a_sign"})
  void holdsForEverySizeWrittenOutButIsNotProvedForAllAndBrokenIsRefuted(String name)
      throws Exception {
    CheckReport right = check(name + ".md");
    assertThat(claims(right)).as(right.render()).isNotEmpty().allSatisfy(s -> {
      assertThat(s.verdict()).as(right.render()).isInstanceOf(StepVerdict.Unknown.class);
      assertThat(((StepVerdict.Unknown) s.verdict()).undecided()).isFalse();
      assertThat(s.verdict().evidence()).contains("written out").contains("not proved for all");
    });
    CheckReport broken = check(name + ".broken.md");
    int last = claims(broken).get(claims(broken).size() - 1).line();
    assertThat(broken.firstRefuted()).as(broken.render()).isPresent();
    assertThat(broken.firstRefuted().get().line()).isEqualTo(last);
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
    assertThat(broken.firstRefuted().get().verdict().evidence()).contains("fails for every "
        + "size decided");
  }

  @ParameterizedTest
  @ValueSource(strings = {"sum_index_used_outside_the_sum",
      "sum_over_a_set_not_written_out", "variance_of_a_sum_without_stated_independence"})
  void notCheckedNeverRefuted(String name) throws Exception {
    CheckReport r = check(name + ".md");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(claims(r)).as(r.render()).isNotEmpty().allSatisfy(s -> assertThat(s.verdict())
        .isInstanceOf(StepVerdict.NotChecked.class));
  }

  @Test
  void atTheTextsOwnSizeTheInstanceIsTheStep() throws Exception {
    CheckReport right = check("sum_at_the_texts_size.md");
    assertThat(claims(right)).as(right.render()).singleElement().satisfies(s -> assertThat(
        s.verdict().evidence()).startsWith("proved").contains("n = 3, the text's value"));
    CheckReport broken = check("sum_at_the_texts_size.broken.md");
    assertThat(broken.firstRefuted()).as(broken.render()).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"sigma_with_a_subscript_is_a_quantity",
      "variance_sigma_b_squared_is_one_name",
      "sigma_squared_of_a_stated_sigma_is_a_power", "sigma_squared_beside_its_root_is_a_power"})
  void subscriptedSigmaIsProvedWhenRightAndRefutedWhenBroken(String name) throws Exception {
    CheckReport right = check(name + ".md");
    assertThat(claims(right)).as(right.render()).isNotEmpty().allSatisfy(s -> assertThat(
        s.verdict()).as(right.render()).isInstanceOf(StepVerdict.Proved.class));
    CheckReport broken = check(name + ".broken.md");
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
  }

  private static final SymbolicSums.Instance ONE = new SymbolicSums.Instance(1, "", "");
  private static final SymbolicSums.Instance TWO = new SymbolicSums.Instance(2, "", "");
  private static final StepVerdict FAILS = new StepVerdict.Refuted(Map.of("x", 1.0), 1, 2, "");
  private static final StepVerdict HOLDS = new StepVerdict.Proved("rewriting");

  @Test
  void aSumTrueOnlyForItsOneTermIsRefuted() throws Exception {
    // Σ x_i² = (Σ x_i)² holds for n = 1 alone: false for every sum with more than one term
    CheckReport r = check("sum_failing_for_some_sizes_only.md");
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(
        s.verdict().evidence()).contains("holds only for the one-term sum, n = 1"));
  }

  @Test
  void indexedFactsAreStatedOfEveryWrittenOutMemberAndTheirPlantedErrorIsFound()
      throws Exception {
    // E[w_i] = 0 and Var(w_i) = v_w were "not defined" for w1 … w5 of the written-out sums
    CheckReport right = check("indexed-facts-variance.md");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    // lines 8–10; line 9 needs "$w_1, \\dots, w_n$ and … $x_1, \\dots, x_n$ be independent",
    // line 8 Var(y) of y = Σ_{i=1}^{n} w_i x_i taken as the variance of that sum
    assertThat(right.steps()).filteredOn(s -> s.line() >= 8 && s.line() <= 10).hasSize(3)
        .allSatisfy(s -> assertThat(s.verdict()).as(right.render())
            .isInstanceOf(StepVerdict.Unknown.class));
    CheckReport broken = check("indexed-facts-variance.broken.md");
    assertThat(broken.firstRefuted()).as(broken.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(10));
  }

  @Test
  void refutedOnlyWhenEverySizeDecidedFailsAndAtLeastTwoDo() {
    assertThat(SizedVerdicts.combine(List.of(ONE, TWO), List.of(FAILS, FAILS), "n"))
        .isInstanceOf(StepVerdict.Refuted.class);
    assertThat(SizedVerdicts.combine(List.of(ONE, TWO), List.of(HOLDS, FAILS), "n"))
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(SizedVerdicts.combine(List.of(ONE, TWO), List.of(new StepVerdict.NotChecked(
        "x"), FAILS), "n")).isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(SizedVerdicts.combine(List.of(ONE, TWO), List.of(HOLDS, HOLDS), "n").evidence())
        .isEqualTo("unknown (proved for each of n = 1, 2 written out; not proved for all n)");
  }

  @Test
  void indexInsideACommandOfAnUnderbraceNoteIsLeftAlone() {
    LatexReader r = LatexReader.read("\\sum_{m=1}^{2} \\underbrace{x_m}_{=\\sigma^2}");
    assertThat(r.engineSyntax()).contains("x1").contains("x2");
    assertThat(r.sideClaims()).hasSize(2).allSatisfy(c -> assertThat(c[1]).contains("sigma"));
  }

  @Test
  void sizeLetterIsSetInSubscriptsAndAloneButNotInsideWords() {
    assertThat(SymbolicSums.setLetter("g_t + v_{t-1} + \\beta^{t} + \\text{at}", "t", 3))
        .isEqualTo("g_{3} + v_{2} + \\beta^{{3}} + \\text{at}");
  }

  @Test
  void aSummandOpeningWithASignIsTheWholeTermAfterTheSign() throws Exception {
    CheckReport right = FixturePair.checkMarkdown(engine, "$$\\sum_{i=1}^{3} -i + 1 = -5$$\n");
    assertThat(claims(right)).as(right.render()).singleElement().satisfies(s -> assertThat(
        s.verdict()).isInstanceOf(StepVerdict.Proved.class));
    CheckReport wrong = FixturePair.checkMarkdown(engine, "$$\\sum_{i=1}^{3} -i = 6$$\n");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
