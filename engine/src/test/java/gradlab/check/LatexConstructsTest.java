package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gradlab.math.Parser;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The constructs of issue 12's classes 6 and 7: each read, or refused by name, never misread. */
@Timeout(30)
class LatexConstructsTest {
  private static String read(String latex) {
    String out = LatexReader.read(latex, LatexReading.of(Set.of("f"), Set.of())).engineSyntax();
    // f is a function of the text, which the checker puts in before parsing
    Parser.parse(LatexReader.parserInput(out).replace("f(x,y)", "(x*y)"));
    return out;
  }

  @ParameterizedTest
  @CsvSource(delimiterString = "=>", textBlock = """
      W_{hh} h_{t-1}                         => capwhh*htm1
      n_{\\text{in}} \\sigma^2                => nin*sigmav^(2)
      x^{(i)} - x_i                          => xsupi-xi
      net_{h1} + out_{o1} - a x_1            => neth1+outo1-a*x1
      \\mathrm{ReLU}(z)                       => relu(z)
      \\operatorname{ReLU}'(z)                => relu'(z)
      \\text{GELU}(x)                         => gelu(x)
      \\operatorname{sigmoid}(x)              => sigma(x)
      log(1 + e^{x})                         => Log(1+E^(x))
      sin(x^2) + tanh^2(c_t)                 => Sin(x^(2))+(Tanh(ct))^(2)
      \\mu_\\mathcal{B} + n_\\text{in}          => mucapb+nin
      \\widehat{x}_i \\hspace{0.5in} + \\overline{y} => xhati+ybar
      [a, 2b]                                => {a,2*b}
      \\|[3, 4]\\|                             => Sqrt((3)^2+(4)^2)
      \\left\\| [3, -4] \\right\\|_1             => (Abs(3)+Abs(-4))
      \\lVert [1, 2] \\rVert^2                 => Sqrt((1)^2+(2)^2)^(2)
      \\nabla f(x, y)                         => {dd(f(x,y), x),dd(f(x,y), y)}
      \\nabla_{x, y} g                        => {pd(g, x),pd(g, y)}
      \\int_0^1 x^2 \\, dx                     => integrate(x^(2), {x, 0, 1})
      \\int_{0}^{\\infty} e^{-t} \\mathrm{d}t   => integrate(E^(-t), {t, 0, Infinity})
      \\int 2x \\, dx                          => integrate(2*x, x)
      \\int_0^1 2 y_{k-1} \\, dy_{k-1}          => integrate(2*ykm1, {ykm1, 0, 1})
      """)
  void readsTheNotationOfPublishedTexts(String latex, String expected) {
    assertThat(read(latex)).isEqualTo(expected);
  }

  @Test
  void theIndicatorIsOneWhereItsConditionHoldsAndExactAtTheBoundary() {
    String positive = "((Sign((x)-(0))+Abs(Sign((x)-(0))))/2)";
    assertThat(read("\\mathbb{1}_{x > 0}")).isEqualTo(positive);
    assertThat(read("\\mathbf{1}[x > 0]")).isEqualTo(positive);
    assertThat(read("\uD835\uDFD9_{x>0}")).isEqualTo(positive);
    assertThat(read("\\mathbb{1}_{x \\ge 0}")).isEqualTo(
        "(1-(Sign((0)-(x))+Abs(Sign((0)-(x))))/2)");
    assertThat(read("\\mathbb{1}\\{y = k\\}")).isEqualTo("(1-Abs(Sign((y)-(k))))");
  }

  @Test
  void whatNeedsTheCheckerIsRefusedByName() {
    assertThatThrownBy(() -> read("\\mathbb{E}[x y]")).hasMessageContaining(
        "needs independence");
    assertThatThrownBy(() -> read("Var[w x]")).hasMessageContaining("needs independence");
    assertThatThrownBy(() -> read("E[\\sigma(x)]")).hasMessageContaining("not a polynomial");
    assertThatThrownBy(() -> read("\\text{Cov}(x, y)")).hasMessageContaining("covariances");
    assertThatThrownBy(() -> read("\\operatorname{softmax}(z)")).hasMessageContaining(
        "softmax of a vector");
    assertThatThrownBy(() -> read("\\|x\\|")).hasMessageContaining("not written out");
    assertThatThrownBy(() -> read("\\nabla g")).hasMessageContaining("without its variables");
    // ∫ up to a name is read as a whole side only (BoundIntegrals decides it)
    assertThat(read("\\int_0^a x \\, dx")).isEqualTo("integrate(x, {x, 0, a})");
    assertThatThrownBy(() -> read("\\int_0^a x \\, dx + 1")).hasMessage(
        "integrals with symbolic bounds inside a formula");
    assertThatThrownBy(() -> read("\\int_a^1 x \\, dx")).hasMessage(
        "integrals with symbolic bounds");
    assertThatThrownBy(() -> read("\\int_{-\\infty}^{\\infty} x^2 p(x) \\, dx"))
        .hasMessageContaining("names or functions the text does not define");
    assertThatThrownBy(() -> read("\\int 2x \\, dx + 1")).hasMessageContaining(
        "indefinite integral inside a formula");
    assertThatThrownBy(() -> read("(a, b)")).hasMessageContaining("pairs (a, b)");
    assertThatThrownBy(() -> read("f^{(n)}(x)")).hasMessageContaining("n-th derivative");
  }

  @Test
  void expectationsAndVariancesAreWrittenThroughTheMomentsOfEachName() {
    assertThat(read("\\mathbb{E}[x]")).isEqualTo("meanofx");
    assertThat(read("\\operatorname{Var}(w_1)")).isEqualTo("varofw1");
    assertThat(read("Var(x)")).isEqualTo("varofx");
    LatexReading independent = LatexReading.defaults().withIndependence(Set.of("w",
        "x"));
    String product = LatexReader.read("\\mathrm{Var}[w x]", independent).engineSyntax();
    assertThat(product).contains("varofw", "meanofw", "varofx", "meanofx");
    Parser.parse(product);
    assertThatThrownBy(() -> LatexReader.read("\\mathrm{Var}[w y]", independent))
        .hasMessageContaining("needs independence of w, y");
  }

  @Test
  void layerSuperscriptIsNotSilentlyAPower() {
    LatexReader index = LatexReader.read("a^L");
    assertThat(index.engineSyntax()).isEqualTo("acapl");
    assertThat(index.ambiguities()).containsExactly("a^L as a layer index or a power");
    assertThat(LatexReader.read("a^L", LatexReading.defaults().alternative()).engineSyntax())
        .isEqualTo("a^(L)");
    assertThat(LatexReader.read("a^{(l)}").ambiguities()).isEmpty();
  }

  @Test
  void sigmaBeforeAFactorIsReadBothWays() {
    LatexReader applied = LatexReader.read("\\sigma z");
    assertThat(applied.engineSyntax()).isEqualTo("sigma(z)");
    assertThat(applied.ambiguities()).singleElement().asString().contains("standard deviation");
    assertThat(LatexReader.read("\\sigma z", LatexReading.defaults().alternative())
        .engineSyntax()).isEqualTo("sigmav*z");
    LatexReading sigmaIsANumber = LatexReading.of(Set.of(), Set.of("sigmav"));
    assertThat(LatexReader.read("\\sigma(x - \\mu)", sigmaIsANumber).engineSyntax())
        .isEqualTo("sigma(x-mu)");
    assertThat(LatexReader.read("\\sigma(x - \\mu)", sigmaIsANumber.alternative())
        .engineSyntax()).isEqualTo("sigmav*(x-mu)");
    assertThat(LatexReader.read("\\sigma(z)").ambiguities()).isEmpty();
  }
}
