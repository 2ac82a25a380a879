package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "At a = 2, b = 1: …" opening a sentence is the point the claims after the colon are read at,
 * as "at a = 2, b = 1: …" is. A student tester's line was read as a product A_t·a claimed equal
 * to 2, and the claims after it as "holds only for values the text does not state".
 */
class CapitalisedAtPointTest extends CheckFixture {
  private static final String GRAPH = "z = a²/(a² + b² + 1)\n\n";

  @Test
  void aValueAfterACapitalisedAtIsProvedAtThatPoint() {
    CheckReport r = checkText("hw.md", GRAPH + "At a = 2, b = 1: z = 4/6\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render()).isInstanceOf(StepVerdict.Proved.class);
  }

  @Test
  void aWrongValueAfterACapitalisedAtIsRefutedThere() {
    CheckReport r = checkText("hw.txt", GRAPH + "At a = 2, b = 1: z = 4/5\n");
    assertThat(claimOnLine(r, 3).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.Refuted.class);
  }

  @Test
  void theCapitalisedAtIsNotAClaim() {
    CheckReport r = checkText("hw.md", GRAPH + "At a = 2, b = 1: z = 4/6\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.isClaim()
        && s.lhs().contains("At"));
  }
}
