package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A dropout mask m ∼ Bernoulli(p), or m ∈ {0, 1}, takes only the values 0 and 1: the true m² = m
 * was ✗ at m = 3.9 (found by a new user). It is now decided at the values the text allows.
 */
@Timeout(60)
class BinaryValuesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return FixturePair.checkMarkdown(engine, markdown);
  }

  @Test
  void aBernoulliMaskSquaredIsItselfAtEveryAllowedValue() {
    CheckReport r = check("Let $m \\sim \\mathrm{Bernoulli}(p)$ be the mask.\n\n$$m^2 = m$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("at every value the text allows (m = 0; m = 1)");
  }

  @Test
  void membershipInZeroOneIsTheSameConstraint() {
    CheckReport r = check("Since $m \\in \\{0, 1\\}$ we have $$m^3 = m$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aStepThatFailsAtAnAllowedValueIsRefutedThere() {
    CheckReport r = check("Let $m \\sim \\mathrm{Bernoulli}(p)$ be the mask.\n\n$$m^3 = 2m$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.render()).contains("at m = 1");
  }

  @Test
  void withoutTheConstraintTheSameStepIsRefutedAtAnyValue() {
    CheckReport r = check("Let $m$ be the mask.\n\n$$m^2 = m$$\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}
