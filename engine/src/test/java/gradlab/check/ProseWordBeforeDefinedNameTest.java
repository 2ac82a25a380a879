package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain text "loss L = (1/2)(yhat - y)^2": the word before the name was read as a factor, so L
 * was not defined and the worked-example line "L = 0.5*(1.5 - 1)^2 = 0.125" became L's
 * definition, a number, and the true dL/dc = yhat - y was ✗ (a TA's correct submission).
 */
@Timeout(60)
class ProseWordBeforeDefinedNameTest extends gradlab.symbolic.EngineFixture {
  private static final String MODEL = "x = 2, w = 0.5, c = 0.5, y = 1\nyhat = w*x + c = 1.5\n";

  private static CheckReport txt(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aWordBeforeTheNameStillDefinesIt() {
    CheckReport r = txt(MODEL + "loss L = (1/2)(yhat - y)^2\nL = 0.5*(1.5 - 1)^2 = 0.125\n"
        + "dL/dc = yhat - y = 0.5\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("[definition]").doesNotContain("loss]");
  }

  @Test
  void aWrongDerivativeAfterTheWordIsStillRefuted() {
    CheckReport r = txt(MODEL + "loss L = (1/2)(yhat - y)^2\ndL/dc = 2*(yhat - y)\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aNameGivenOnlyAsANumberHasNoDerivativeOfZero() {
    CheckReport r = txt(MODEL + "total L = 0.5*(1.5 - 1)^2\ndL/dc = yhat - y\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("given only as a value");
  }

  @Test
  void aFunctionWordBeforeANameIsNotDropped() {
    CheckReport r = txt("let x = 0.5\nsin x = 0.4794\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("sin");
  }
}
