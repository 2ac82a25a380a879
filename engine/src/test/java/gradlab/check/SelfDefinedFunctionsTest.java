package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A function "defined" through itself, g(x) = g'(x) + 1, defines nothing: it is refused at once
 * with the reason (taken as a definition, the console spent its whole time limit on it), and a
 * restatement of an f defined before is still a claim about that f.
 */
@Timeout(120)
class SelfDefinedFunctionsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkText("t.txt", text);
  }

  @Test
  void functionDefinedThroughItsOwnDerivativeIsRefusedWithTheReason() {
    CheckReport r = text("g(x) = g'(x) + 1\ng'(0) = 1\n");
    assertThat(r.steps().get(0).verdict()).as(r.render())
        .isInstanceOf(StepVerdict.NotChecked.class);
    assertThat(r.render()).contains("g is defined through itself");
    assertThat(r.count(StepVerdict.Unknown.class)).as(r.render()).isZero();
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void restatingAnEarlierFunctionThroughItselfIsStillAClaim() {
    CheckReport r = text("h(x) = 2x\nh(x) = 2 h(x/2)\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aFalseRestatementThroughItselfIsNotRefuted() {
    CheckReport r = text("h(x) = x^2\nh(x) = 2 h(x/2)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("restates h through itself");
  }
}
