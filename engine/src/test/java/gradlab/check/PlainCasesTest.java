package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Cases typed in plain text or on a phone were not read: "f(z) = z if z > 0, f(z) = 0.01*z if
 * z <= 0" was one statement under z ≤ 0, its derivative "f'(z) = 1 if z > 0, 0.01 if z < 0" and
 * "ReLU′(u) = 1 if u > 0, 0 otherwise" "a statement under a condition in words", and ELU on two
 * lines "one case of a definition by cases" (leaky-relu-neuron-gradient-ascii,
 * elu-derivative-phone, relu-two-step-chain-phone in the corpus). Two statements whose conditions
 * are complementary are now one definition by cases ({@link PlainCases}), read in claims stated
 * under one of its conditions as a LaTeX {@code \begin{cases}} is; conditions that are not
 * complementary define nothing.
 */
@Timeout(60)
class PlainCasesTest extends CheckFixture {
  private static final String LEAKY = "# leaky relu\n\n"
      + "f(z) = z if z > 0, f(z) = 0.01*z if z <= 0\n"
      + "f'(z) = 1 if z > 0, %s if z < 0\n";
  private static final String ELU_PHONE = "# elu (phone)\n\n"
      + "f(x) = x  for x > 0\n"
      + "f(x) = α(eˣ − 1)  for x ≤ 0\n\n"
      + "for x ≤ 0: f′(x) = %s\n"
      + "for x > 0 f′(x) = 1\n\n"
      + "α = 1, x = −1:\n"
      + "f′(−1) = f(−1) + 1\n";
  private static final String RELU = "# relu\n\nReLU′(u) = 1 if u > 0, %s otherwise\n";

  /** A Markdown file without math, read as typed text (as {@code gradlab check} reads it). */
  private static CheckReport check(String typed) {
    return checkText("t.md", typed);
  }

  @Test
  void aPlainDefinitionByCasesOnOneLineIsReadInItsDerivativeStatedCaseByCase() {
    CheckReport r = check(LEAKY.formatted("0.01"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.render()).contains("definition by cases: read in claims");
  }

  @Test
  void aWrongCaseOfAPlainDerivativeByCasesIsRefutedAtItsLine() {
    CheckReport r = check(LEAKY.formatted("0.1"));
    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s -> assertThat(s.line())
        .isEqualTo(4));
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void phoneCasesOnConsecutiveLinesAreOneDefinition() {
    CheckReport r = check(ELU_PHONE.formatted("αeˣ"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.render()).contains("cases (lines 3 and 4)");
    CheckReport wrong = check(ELU_PHONE.formatted("−αeˣ"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(6));
  }

  @Test
  void outsideAClaimUnderOneOfItsConditionsTheFunctionByCasesIsNotRead() {
    // f′(−1) = f(−1) + 1 with f left undefined was ✗ "for f(x) = x² + 1": f is not read there
    CheckReport r = check(ELU_PHONE.formatted("αeˣ"));
    assertThat(r.render()).contains("f is given a definition on line 3 that cannot be read");
  }

  @Test
  void aDerivativeStatedCaseByCaseWithOtherwiseIsCheckedUnderEachCondition() {
    CheckReport r = check(RELU.formatted("0"));
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.render()).contains("under u ≤ 0");
    CheckReport wrong = check(RELU.formatted("1"));
    assertThat(wrong.firstRefuted()).as(wrong.render()).hasValueSatisfying(s -> assertThat(
        s.line()).isEqualTo(3));
  }

  @Test
  void conditionsThatAreNotComplementaryDefineNothing() {
    // z > 0 and z < -1 leave (−1, 0] without a case: no definition by cases, f′ not replaced
    CheckReport one = check("# gap\n\nf(z) = z if z > 0, f(z) = 0.01*z if z < -1\n"
        + "for z > 0: f'(z) = 5\n");
    assertThat(one.firstRefuted()).as(one.render()).isEmpty();
    assertThat(one.render()).doesNotContain("definition by cases: read in claims");
    CheckReport two = check("# gap\n\nf(x) = x for x > 0\nf(x) = 0 for x < -1\n"
        + "for x > 0: f′(x) = 5\n");
    assertThat(two.firstRefuted()).as(two.render()).isEmpty();
    assertThat(two.render()).doesNotContain("definition by cases: read in claims");
  }

  @Test
  void aStatementBetweenTwoCasesKeepsThemApart() {
    CheckReport r = check("# apart\n\nf(x) = x for x > 0\ny = 2\nf(x) = 0 for x <= 0\n"
        + "for x > 0: f'(x) = 5\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).doesNotContain("definition by cases: read in claims");
  }
}
