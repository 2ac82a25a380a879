package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code maximize(f, z) = 0.25} compares a pair {value, point} with a number: it said "the left
 * side depends on [z]", but z is bound by maximize (a student's console check).
 */
@Timeout(120)
class ExtremumPairsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport txt(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void maximizeComparedWithANumberSaysItGivesAPair() {
    CheckReport r = txt("maximize(sigma'(z), z) = 0.25\n");
    assertThat(r.steps()).as(r.render()).anyMatch(s -> s.verdict()
        instanceof StepVerdict.NotChecked n && n.reason().contains("gives a pair")
        && !n.reason().contains("depends on"));
  }

  @Test
  void theMaximumValueIsStillProved() {
    CheckReport r = txt("maxvalue(sigma'(z), z) = 1/4\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
