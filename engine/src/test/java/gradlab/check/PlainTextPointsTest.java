package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student's plain-text homework (user14): "at w = 0.6: dL/dw = 2(0.6 - 3) = -4.2" vanished
 * from the report (read as part of the point); "dL/dw = -6 at w = 0" read "at" as a factor;
 * dL/dw of an undefined L was 0 and ✗; g'(3) and tanh'(0) were ✗ with g and tanh sampled as
 * numbers; a byte-order mark hid the first line's definition.
 */
@Timeout(60)
class PlainTextPointsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aClaimAfterItsPointIsCheckedThere() {
    CheckReport r = text("L(w) = (w - 3)^2\n2) at w = 0: dL/dw = -6\n"
        + "4) at w = 0.6: dL/dw = 2(0.6 - 3) = -4.2\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void aPointWrittenAfterItsClaimIsThePoint() {
    CheckReport r = text("L(w) = (w - 3)^2\ndL/dw = -6 at w = 0\ndL/dw = -5 (at w = 0.5)\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
  }

  @Test
  void derivativesOfNamesTheTextDoesNotDefineAreNeverRefuted() {
    CheckReport r = text("dL/dw = 2(0.6 - 3) at w = 0.6\ng'(3) = 6\ntanh'(0) = 1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aByteOrderMarkIsNotPartOfTheFirstLine() {
    CheckReport r = text("\uFEFF1) f(x) = x^2 + 1\n2) f'(3) = 6\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }
}
