package gradlab.check;

import static org.assertj.core.api.Assertions.assertThatCode;

import gradlab.math.Parser;
import gradlab.symbolic.EngineFixture;
import org.junit.jupiter.api.Test;

/**
 * Three forms of the thirty-fourth held-out sample (held34) that the reader turned into engine
 * syntax the math language refused: d2l's pooling window {@code \max(0, 1, 3, 4)} (max takes two
 * arguments), PyTorch's per-sample loss {@code l_n} (read as ln, the logarithm) and PyTorch's
 * {@code p_{t} - \text{lr} * v_{t+1}} (the word dropped, a dangling *). The first two now parse;
 * the third was refused, as a word where a quantity stands, and since lead35 parses with lr one
 * name ({@link TextQuantities}).
 */
class ReaderFormsParseInTheMathLanguageTest extends EngineFixture {
  private static void parses(String latex) {
    String out = LatexReader.read(latex).engineSyntax();
    assertThatCode(() -> Parser.parse(LatexReader.parserInput(out))).as(out)
        .doesNotThrowAnyException();
  }

  @Test
  void aMaximumOfFourNumbersParses() {
    parses("\\max(0, 1, 3, 4)");
  }

  @Test
  void aLossNamedLSubNParses() {
    parses("l_n");
  }

  @Test
  void aWordWhereAQuantityStandsParsesAsOneName() {
    parses("p_{t} - \\text{lr} * v_{t+1}"); // lead35: before, refused (never a dangling *)
  }
}
