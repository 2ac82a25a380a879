package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A Σ written without bounds in a chain that states them once ({@code \sum_{i=1}^n … = \sum_i
 * … = n}) runs over the same i = 1 … n; in a chain of its own it stays unread.
 */
@Timeout(300)
class ChainSumBoundsTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aSumWithoutBoundsTakesTheBoundsItsChainStates() throws Exception {
    CheckReport right = FixturePair.check(engine, "readings",
        "sum_bounds_stated_once_in_a_chain.md");
    assertThat(right.firstRefuted()).as(right.render()).isEmpty();
    assertThat(right.steps()).as(right.render()).filteredOn(s -> s.line() == 6).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.Unknown.class));
    CheckReport broken = FixturePair.check(engine, "readings",
        "sum_bounds_stated_once_in_a_chain.broken.md");
    assertThat(broken.count(StepVerdict.Refuted.class)).as(broken.render()).isEqualTo(1);
    assertThat(broken.firstRefuted().orElseThrow().line()).as(broken.render()).isEqualTo(6);
  }

  @Test
  void aSumWithoutBoundsInAnotherChainIsNotGivenThem() {
    CheckReport r = FixturePair.checkMarkdown(engine, """
        # Two chains

        $$\\sum_{i=1}^n 1 = n$$

        $$\\sum_i (0 + 1) = 1$$
        """);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.steps()).as(r.render()).filteredOn(s -> s.line() == 5).singleElement()
        .satisfies(s -> assertThat(s.verdict()).isInstanceOf(StepVerdict.NotChecked.class));
  }
}
