package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * LaTeX pasted into a plain-text homework without dollar signs ({@code \frac{dL}{dw} = -(1 -
 * \sigma(w x)) x}): every such line was "not checked: cannot read: LaTeX in a file read as the
 * engine-syntax format", so a wrong step was never named (found by a new-user tester, user39).
 */
@Timeout(60)
class LatexPastedWithoutDollarsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.md", text);
  }

  @Test
  void aTrueGradientPastedAsBareLatexIsProved() {
    CheckReport r = text("L(w) = -\\log \\sigma(w x)\n\n\\frac{dL}{dw} = -(1 - \\sigma(w x)) x\n\n"
        + "\\frac{d}{dx} \\frac12 x^2 = x\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aDroppedInnerDerivativeInBareLatexIsRefutedAtItsLine() {
    CheckReport r = text("L(w) = -\\log \\sigma(w x)\n\n\\frac{dL}{dw} = -(1 - \\sigma(w x))\n");
    assertThat(r.firstRefuted().orElseThrow().line()).as(r.render()).isEqualTo(3);
  }

  @Test
  void aCommandItDoesNotKnowIsLeftAsTyped() {
    assertThat(LatexInPlainLines.read("\\sum_i x_i = 3")).isNull();
    assertThat(LatexInPlainLines.read("\\frac{\\partial^2 L}{\\partial a^2} = 1")).isNull();
    assertThat(LatexInPlainLines.read("x = 3")).isNull();
    assertThat(LatexInPlainLines.read("\\sigma(z) \\cdot \\frac{1}{2}")).isEqualTo("σ(z) * (1/2)");
  }
}
