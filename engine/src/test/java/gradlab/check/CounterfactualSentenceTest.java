package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * A sentence that supposes other values ("If b1 were -3 instead, …") is not checked at the
 * text's values, and a step leaning on a refuted value is never ✓.
 */
class CounterfactualSentenceTest extends EngineFixture {

  private CheckReport text(String body) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", body);
  }

  @Test
  void aSupposedValueIsNotCheckedAtTheTextsValue() {
    // relu'(z1) = 0 at the supposed b1 = -3 was ✗ at the text's b1 = -1
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $x = 2$, $w_1 = 1$ and $b_1 = -1$, so $z_1 = w_1 x + b_1 = 1$.\n\n"
            + "If $b_1$ were $-3$ instead, $z_1 = w_1 x + b_1 = -1$.\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aSupposedValueInAPlainTextLineIsNotChecked() {
    CheckReport r = text("let x = 2\nlet b1 = -1\nz1 = x + b1 = 1\n"
        + "If b1 were -3 instead, z1 = x + b1 = -1\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void aWrongValueAtTheTextsOwnValuesIsStillRefuted() {
    CheckReport r = text("let x = 2\nlet b1 = -1\nz1 = x + b1 = 3\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aStepThroughARefutedValueIsNotProved() {
    // b = 6 is refuted on line 2; "c = b + 1 = 7" agrees with it but must not be ✓ through it
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $a = 2$.\n\n$$b = 2a = 6$$\n\nThen $$b + 1 = 7 .$$\n");
    assertThat(r.steps()).as(r.render()).noneMatch(s -> s.line() == 5
        && s.verdict() instanceof StepVerdict.Proved);
  }

  @Test
  void anIfWereAsideWithNoValueLeavesTheDisplayAfterItAClaim() {
    // Ioffe and Szegedy: "…, if that were the optimal thing to do:" supposes no value; the
    // display after it is the text's own claim, and a wrong one is refuted
    CheckReport r = FixturePair.checkMarkdown(engine,
        "Let $y = g h + c$. By setting $g = 2$ and $c = 1$, we could recover it, if that were "
            + "the optimal thing to do:\n\n$$y = 2h - 1$$\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }
}
