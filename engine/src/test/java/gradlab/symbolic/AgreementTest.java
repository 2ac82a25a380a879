package gradlab.symbolic;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.math.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class AgreementTest {
  @Test
  void equalFunctionsAgree() {
    assertThat(Agreement.disagreement(Parser.parse("(x + 1)^2"), Parser.parse("x^2 + 2x + 1")))
        .isNull();
    assertThat(Agreement.disagreement(Parser.parse("sigma'(z)"),
        Parser.parse("sigma(z)*(1 - sigma(z))"))).isNull();
  }

  @Test
  void aWrongRewriteIsCaughtWithThePoint() {
    assertThat(Agreement.disagreement(Parser.parse("sqrt(x^2)"), Parser.parse("x")))
        .startsWith("at {x=");
  }

  @Test
  void anExpandedPowerAgreesThoughDoublesLoseItsDigitsToCancellation() {
    StringBuilder expanded = new StringBuilder("0");
    java.math.BigInteger binomial = java.math.BigInteger.ONE;
    for (int k = 0; k <= 20; k++) { // (x − 1)^20 = Σ C(20, k) xᵏ (−1)^(20−k)
      expanded.append(k % 2 == 0 ? " + " : " - ").append(binomial).append("*x^").append(k);
      binomial = binomial.multiply(java.math.BigInteger.valueOf(20 - k))
          .divide(java.math.BigInteger.valueOf(k + 1));
    }
    assertThat(Agreement.disagreement(Parser.parse("(x - 1)^20"),
        Parser.parse(expanded.toString()))).isNull();
    assertThat(Agreement.disagreement(Parser.parse("(x - 1)^20"),
        Parser.parse(expanded + " + x/1000000"))).startsWith("at {x=");
  }
}
