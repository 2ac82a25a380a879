package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Lecture notes in plain text write a computation down the page, each line opening with
 * {@code =}: every such line was "not checked: a side of the relation is empty", so a wrong
 * product ({@code = -2 * -3 = -6}) was never named.
 */
@Timeout(60)
class PlainContinuationsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aWrongProductOnAContinuedLineIsRefuted() {
    CheckReport r = text("dL/da = dL/de * de/da\n= -2 * -3 = -6\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(2);
  }

  @Test
  void aTrueComputationDownThePageIsProved() {
    CheckReport r = text("dL/da = dL/de * de/da\n= -2 * -3 = 6\n\n(d*f + h*f - d*f)/h\n"
        + "= h*f/h\n= f\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
  }

  @Test
  void aDifferenceQuotientOfAnUnnamedFunctionIsNotRefuted() {
    // f is a node's value and f(x+h) the notes' generic function: neither reading is the text's
    CheckReport r = text("dL/dd = f\n\n(f(x+h) - f(x))/h\n= ((c+h+e)-(c+e))/h\n= h/h\n= 1.0\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
