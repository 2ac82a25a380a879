package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * sigma^2(z) and σ²(z) in plain text are σ(z)² where σ(…) is applied on the same line (they
 * were a name σ² times (z), "not defined"); σ² alone stays a variance's name (user28).
 */
class SquaredSigmoidBeforeBracketTest extends CheckFixture {
  private CheckReport text(String body) {
    return checkText("t.txt", body);
  }

  @Test
  void aSquaredSigmoidBesideItsDerivativeIsTheFunctionSquared() {
    CheckReport r = text("sigma'(z) = sigma(z) - sigma^2(z)\nσ'(z) = σ(z) − σ²(z)\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aWrongSignBeforeTheSquaredSigmoidIsRefuted() {
    CheckReport r = text("sigma'(z) = sigma(z) + sigma^2(z)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aVarianceAloneIsNotTheSigmoidSquared() {
    CheckReport r = text("sigma^2 = 0.25\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }
}
