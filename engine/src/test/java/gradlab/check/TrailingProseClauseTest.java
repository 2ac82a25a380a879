package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Words after a plain-text formula ("f(x) = x*sigmoid(b*x)     where b is beta", "L = (y - t)^2
 * ← no 1/2 this time") are a clause, not factors: in a student's Swish notes f became
 * x·σ(bx)·where·b·is·β and the true f′(x) = b·f(x) + σ(bx)(1 − b·f(x)) was ✗.
 */
@Timeout(120)
class TrailingProseClauseTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport txt(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aDefinitionWithAWhereClauseInWordsIsReadWithoutTheWords() {
    CheckReport r = txt("f(x) = x*sigmoid(b*x)     where b is beta\n"
        + "f'(x) = b*f(x) + sigmoid(b*x)*(1 - b*f(x))\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isPositive();
  }

  @Test
  void aWrongDerivativeAfterSuchADefinitionIsStillRefuted() {
    CheckReport r = txt("f(x) = x*sigmoid(b*x)     where b is beta\n"
        + "f'(x) = f(x) + sigmoid(b*x)*(1 - b*f(x))\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void anArrowCommentAfterADefinitionIsNotAFactor() {
    CheckReport r = txt("L = (y - t)^2   ← no half in front this time\n"
        + "d/dy L = 2*(y - t)\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isPositive();
  }

  @Test
  void aClaimTrueOnlyUnderTheWordsIsNotRefuted() {
    CheckReport r = txt("abs(x) = x   where x is positive\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
