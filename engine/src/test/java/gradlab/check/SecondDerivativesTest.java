package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * f″ of a function the text defines (found by a new user): f″(1) = 6 for f(x) = x³ − 3x was ✗
 * with f sampled as a number (left 0). f″ is now read; a higher derivative is not checked.
 */
@Timeout(60)
class SecondDerivativesTest extends gradlab.symbolic.EngineFixture {
  @Test
  void aSecondDerivativeOfADefinedFunctionIsRead() {
    CheckReport r = FixturePair.checkMarkdown(engine, "Let $f(x) = x^3 - 3x$.\n\n"
        + "Then $f''(1) = 6$ and $f''(2) = 13$.\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().lhs()).as(r.render()).isEqualTo("f''(2)");
  }

  @Test
  void aThirdDerivativeIsNeverRefutedWithTheFunctionTakenForANumber() {
    CheckReport r = new DocumentChecker(engine, Duration.ofSeconds(8)).checkText("t.txt",
        "let f(x) = x^3 - 3*x\nf'''(x) = 6\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
