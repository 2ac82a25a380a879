package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Derivations typed in Unicode (z₁, σ′, ∂L/∂w₁, ½, −) read as their LaTeX: every step of the
 * phone-typed backprop was "cannot read: unexpected '₁'".
 */
@Timeout(120)
class UnicodeInputFixturesTest extends gradlab.symbolic.EngineFixture {

  @Test
  void backpropTypedInUnicodeIsProvedAndItsPlantedErrorFound() throws Exception {
    FixturePair.assertTrueStandsAndPlantedErrorAt(engine, "unicode", "typed-on-a-phone", 9,
        true);
  }

  @Test
  void unicodeMathIsWrittenAsTheLatexTheReaderKnows() {
    assertThat(UnicodeLatex.normalize("z₁₂ = σ(w₁x) − ½a²·b")).isEqualTo(
        "z_{12} = \\sigma(w_{1}x) - \\frac{1}{2}a^{2}\\cdot b");
    assertThat(UnicodeLatex.normalize("δₖ = ∂L/∂zₖ, e⁻ˣ, √(1 + x), √2")).isEqualTo(
        "\\delta_{k} = \\partial L/\\partial z_{k}, e^{-x}, \\sqrt{1 + x}, \\sqrt{2}");
    assertThat(UnicodeLatex.normalize("line one\nσ x")).isEqualTo("line one\n\\sigma x");
  }

  @Test
  void slashDerivativesAreFractionsAndOnlyOneNameIsTheirPart() {
    assertThat(SlashDerivatives.rewrite("\\partial L/\\partial w_{1} x")).isEqualTo(
        "\\frac{\\partial L}{\\partial w_{1}} x");
    assertThat(SlashDerivatives.rewrite("dC/dw_1 = d/dx (x^2)")).isEqualTo(
        "\\frac{dC}{dw_1} = \\frac{d}{dx} (x^2)");
    assertThat(SlashDerivatives.rewrite("a/b + ad/dx")).isEqualTo("a/b + ad/dx");
  }
}
