package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text exam answer: Q1 defines y at its values, Q2 evaluates tanh′ "at x = 0", and the
 * closing "Answer: dy/dw ≈ 0.197" (Q1's, true) was refuted at Q2's x = 0. A value stated in a
 * later part is not applied to a quantity of an earlier part that the step reaches only through
 * its definition; Q1's own wrong value is still refuted at its line.
 */
@Timeout(60)
class AnAnswerAfterALaterPartTest extends gradlab.symbolic.EngineFixture {
  private static final String EXAM = """
      Q1. Let y = sigmoid(w*x + b) with w = 2, x = 1, b = -1.
      z = w*x + b = 1
      y = sigmoid(1) ≈ 0.731
      dy/dz = y(1 - y) ≈ 0.197
      dy/dw = dy/dz * x ≈ W
      Q2. tanh'(x) = 1 - tanh(x)^2, so at x = 0 the slope is 1.
      Answer: dy/dw ≈ 0.197
      """;

  private static CheckReport check(String dydw) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("hw.txt",
        EXAM.replace("W", dydw));
  }

  @Test
  void theFirstPartsAnswerIsNotRefutedAtTheSecondPartsPoint() {
    CheckReport r = check("0.197");

    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongValueInsideTheFirstPartIsStillRefutedAtItsLine() {
    CheckReport r = check("0.394");

    assertThat(r.firstRefuted()).as(r.render()).hasValueSatisfying(s ->
        assertThat(s.line()).isEqualTo(5));
  }
}
