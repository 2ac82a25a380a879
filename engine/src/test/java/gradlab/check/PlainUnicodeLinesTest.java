package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Plain-text notes typed on a phone: ∂L/∂w₁ was "cannot read: LaTeX in a file", ½ not read, and
 * {@code f(w) = |w|} stopped the whole file with a syntax error (found by new users).
 */
@Timeout(60)
class PlainUnicodeLinesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void aUnicodePartialOfADefinedLossIsProved() {
    CheckReport r = check("L = (y - w₁x₁ - w₂x₂)^2/2\n∂L/∂w₁ = −(y − w₁x₁ − w₂x₂)x₁\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aUnicodePartialMissingItsInputIsRefutedAtItsLine() {
    CheckReport r = check("L = (y - w₁x₁ - w₂x₂)^2/2\n∂L/∂w₁ = −(y − w₁x₁ − w₂x₂)\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(2);
  }

  @Test
  void vulgarFractionsAreNumbers() {
    CheckReport r = check("½ · ½ = ¼\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void barsAreAbsoluteValuesAndNoLineStopsTheFile() {
    CheckReport r = check("f(w) = |w|\nwith w = -0.3: f(w) = 0.3\n2 + 2 = 5\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(3);
  }

  @Test
  void unicodeIsRewrittenToTheEngineForms() {
    assertThat(PlainUnicode.asEngineSyntax("∂L/∂w₁ = ½|x|")).isEqualTo("dL/dw1 = (1/2)abs(x)");
    assertThat(PlainUnicode.asEngineSyntax("a | b")).isEqualTo("a | b");
  }
}
