package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/** A family indexed by k that uses the capital K (the number of classes): K is no member. */
class CapitalSizeInAFamilyTest extends EngineFixture {

  @Test
  void sumOfAFamilyThroughItsCapitalSizeIsNotRefuted() {
    // ε/K at k = 1 was ε/cap1, a name of its own: Σ_{k=1}^{K} ε/K = ε was ✗ at K = 1
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "The target is $q_k = \\frac{\\varepsilon}{K}$.\n\n"
            + "$$\\sum_{k=1}^{K} q_k = \\varepsilon$$\n"));
    assertThat(r.verdict()).as(r.toString()).isNotInstanceOf(StepVerdict.Refuted.class);
    assertThat(r.verdict().evidence()).doesNotContain("cap");
  }

  @Test
  void wrongSumOfTheSameFamilyIsStillRefuted() {
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "The target is $q_k = \\frac{\\varepsilon}{K}$.\n\n"
            + "$$\\sum_{k=1}^{K} q_k = 2\\varepsilon$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void wholeFamilySumThroughAFreeCapitalThatMayBeItsSizeIsNotRefuted() {
    // Σ_k ε/N = ε holds when N is the number of terms: refuted at N = 3.9 before
    StepResult r = FixturePair.lastClaim(FixturePair.checkMarkdown(engine,
        "The target is $q_k = \\frac{\\varepsilon}{N}$.\n\n$$\\sum_k q_k = \\varepsilon$$\n"));
    assertThat(r.verdict()).as(r.toString()).isInstanceOfSatisfying(StepVerdict.NotChecked.class,
        n -> assertThat(n.reason()).contains("may be the number of terms"));
  }
}
