package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A superscript T after a bracket (issue 12, chk-corpus): CS231n's backprop derivation writes
 * {@code (\delta^{l+1})^Tw^{l+1}_{.j}}; the reader took ^T for the power T there (x^T after a
 * letter was already refused), so the true {@code (a)^Tb = (b)^Ta} was refuted at T = −2.31.
 * It is now read as a transpose by the matrix reading.
 */
@Timeout(300)
class TransposeAfterBracketTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String markdown) {
    return new DocumentChecker(engine, Duration.ofSeconds(30)).checkMarkdown("t.md", markdown);
  }

  private static StepVerdict first(CheckReport r) {
    return r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict).findFirst()
        .orElseThrow(() -> new AssertionError("no claim\n" + r.render()));
  }

  @Test
  void aBracketRaisedToTIsATransposeNotAPower() {
    for (String step : new String[] {"(a)^Tb = (b)^Ta", "\\left(a\\right)^{T} b = (b)^{T} a"}) {
      CheckReport r = check("Let $a$ and $b$ be vectors.\n\n$$" + step + "$$\n");
      // read as vectors (MatrixSteps): aᵀb = bᵀa holds at random vectors, never refuted
      assertThat(first(r)).as(r.render()).isInstanceOf(StepVerdict.Unknown.class);
      assertThat(first(r).evidence()).as(r.render()).contains("holds at random matrices");
    }
  }

  @Test
  void aBracketRaisedToATTheTextGivesAValueIsAPower() {
    CheckReport r = check("With $T = 3$:\n\n$$(1 + x)^{T} = (1 + x)^2 (1 + x)$$\n\n"
        + "$$(1 + x)^T = (1 + x)^2$$\n");
    assertThat(r.steps().stream().filter(StepResult::isClaim).map(StepResult::verdict))
        .as(r.render()).first().isNotInstanceOf(StepVerdict.NotChecked.class)
        .isNotInstanceOf(StepVerdict.Refuted.class);
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
