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
}
