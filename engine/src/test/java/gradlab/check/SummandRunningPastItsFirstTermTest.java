package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Σ whose summand runs past its first term: CS231n's
 * {@code \sum_i^n [E(w_i)]^2 Var(x_i) + [E(x_i)]^2 Var(w_i)} was "cannot read: Σ with symbolic
 * bounds", because the reader ended the summand at the first + and then met x_i outside Σ_i. A
 * term after the + that uses the index can only be inside (outside, nothing binds i). In a step
 * written in that loose style a later term without the index may be inside or outside, so both
 * readings are checked and the step is refuted only where both fail; in the strict style
 * ({@code \sum w_i x_i + b}) such a term stays outside, as before.
 */
@Timeout(120)
class SummandRunningPastItsFirstTermTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(gradlab.symbolic.SymbolicEngine engine, String step) {
    return FixturePair.checkMarkdown(engine, "# Sums\n\n$$" + step + "$$\n");
  }

  @Test
  void aTermWithTheIndexAfterThePlusIsInsideTheSum() {
    CheckReport r = check(engine,
        "\\sum_{i=1}^{n} (a_i + b_i) = \\sum_{i=1}^{n} a_i + b_i");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Unknown.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongSumWhoseSummandRunsOnIsRefuted() {
    CheckReport r = check(engine,
        "\\sum_{i=1}^{n} (a_i - b_i) = \\sum_{i=1}^{n} a_i + b_i");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aTermWithoutTheIndexAfterALooseSummandIsNotRefuted() {
    CheckReport r = check(engine,
        "\\sum_{i=1}^{n} (a_i + b_i + 1) = \\sum_{i=1}^{n} a_i + b_i + 1");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aStepFalseWhereverTheSummandEndsIsRefuted() {
    CheckReport r = check(engine,
        "\\sum_{i=1}^{n} (a_i + b_i + 1) = \\sum_{i=1}^{n} a_i + b_i - 1");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aTermWithoutTheIndexInTheStrictStyleStaysOutside() {
    CheckReport r = check(engine, "\\sum_{i=1}^{n} w_i x_i + b = b + \\sum_{i=1}^{n} x_i w_i");
    assertThat(r.count(StepVerdict.Unknown.class)).as(r.render()).isEqualTo(1);
    CheckReport wrong = check(engine,
        "\\sum_{i=1}^{n} (2 a_i + 1) = \\sum_{i=1}^{n} 2 a_i + 1");
    assertThat(wrong.firstRefuted()).as(wrong.render()).isPresent();
  }
}
