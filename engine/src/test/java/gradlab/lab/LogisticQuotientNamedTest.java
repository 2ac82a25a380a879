package gradlab.lab;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.math.Expression;
import gradlab.math.LogisticForms;
import gradlab.math.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A derivative's e^z/(1 + e^z) is shown as σ(z), as textbooks write it. */
@Timeout(60)
class LogisticQuotientNamedTest extends gradlab.symbolic.EngineFixture {

  private static String typed(String input) {
    return new Worksheet(engine).evaluate(input, Worksheet.Format.UNICODE);
  }

  @Test
  void theLogisticLossGradientIsSigmaMinusTheLabel() {
    assertThat(typed("diff(log(1 + exp(z)) - y*z, z)")).isEqualTo("σ(z) − y");
  }

  @Test
  void aNegativeExponentInTheDenominatorIsSigmaOfTheOpposite() {
    assertThat(typed("diff(log(1 + exp(-z)), z)")).isEqualTo("−σ(−z)");
  }

  @Test
  void squaresOfTheQuotientAreSquaresOfSigma() {
    assertThat(typed("diff(exp(z)/(1 + exp(z)), z)")).isEqualTo("σ(z) − σ(z)²");
  }

  @Test
  void aQuotientWithAnotherPowerOfTheExponentialIsLeftAsItIs() {
    // e^(2z)/(1 + e^z) is not a power of σ, nor is e^z/(1 + e^z)²: nothing is renamed
    for (String q : new String[] {"exp(2*z)/(1 + exp(z))", "exp(z)/(1 + exp(z))^2"}) {
      Expression e = Parser.parse(q);
      assertThat(LogisticForms.named(e)).isEqualTo(e);
    }
  }
}
