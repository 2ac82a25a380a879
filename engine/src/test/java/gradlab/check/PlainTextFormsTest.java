package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What a student types in a .txt on a laptop (user14 F6, F12): Euler's e, √16, w ← …, "so …
 * for all z", two statements on a line with a comma, f″, ∂/∂w (…). Every line of the student's
 * file was "not checked", several with words sampled as variables ("no range for all, for, so").
 */
@Timeout(60)
class PlainTextFormsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void theTypedFormsAreRead() {
    CheckReport r = text("σ(z) = 1/(1 + e^(−z))\ne^0.5 ≈ 1.6487\n√16 = 4\nw = 0.6\n"
        + "w ← 0.6 + 0.48 = 1.08\nso σ′(z) ≤ ¼ for all z\n3 × 4 = 12, 0.1 · 0.2 = 0.02\n"
        + "f(x) = x^3 - 2x\nf″(x) = 6x\n∂/∂w (w·x − y)² = 2(w·x − y)·x\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(9);
  }

  @Test
  void theWrongVariantsAreRefutedAndARuleIsNoClaim() {
    CheckReport r = text("σ(z) = 1/(1 - e^(−z))\n√16 = 8\nw = 0.6\nw ← w - 0.1*2\n"
        + "so σ′(z) ≤ 1/5 for all z\n3 × 4 = 12, 0.1 · 0.2 = 0.2\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(4);
    assertThat(r.render()).contains("[update rule: an assignment, not a claim]");
  }

  @Test
  void anEDefinedByTheTextIsThatQuantity() {
    CheckReport r = text("let e = y - t\nC = e^2/2\ndiff(C, y) = e\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void alternativesJoinedByOrAreNotReadNotRefuted() {
    // "x = 0 or x = 2" read "or" as a name: "0 or x = 2" was ✗ (found in tmux at the end)
    CheckReport r = text("f(x) = x^2 * exp(-x)\nso f'(x) = 0 => x = 0 or x = 2\nx = 0 or x = 2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("alternatives joined by 'or'");
  }
}
