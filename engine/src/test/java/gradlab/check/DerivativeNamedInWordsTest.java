package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A plain-text "the derivative of e^(2x) is 2e^(2x)" has no relation sign and was silently
 * dropped: a wrong "… is e^(2x)" was neither refuted nor listed ({@link WordedDerivatives}).
 */
@Timeout(60)
class DerivativeNamedInWordsTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("words.txt", text);
  }

  @Test
  void aWrongDerivativeNamedInWordsIsRefutedAtItsLine() {
    CheckReport r = check("f(x) = e^(2x)\n\nthe derivative of e^(2x) is e^(2x)\n");
    assertThat(r.firstRefuted()).as(r.render())
        .hasValueSatisfying(s -> assertThat(s.line()).isEqualTo(3));
  }

  @Test
  void aRightDerivativeNamedInWordsIsProved() {
    CheckReport r = check("f(x) = e^(2x)\n\nthe derivative of e^(2x) is 2e^(2x)\n"
        + "so the derivative of x^3 with respect to x equals 3x^2\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("line   3  ✓").contains("line   4  ✓");
  }

  @Test
  void aDerivativeOfSeveralNamesWithoutTheVariableIsNotCheckedWithItsReason() {
    CheckReport r = check("the derivative of x*y is x\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains(WordedDerivatives.SEVERAL);
  }

  @Test
  void aFunctionNamedAloneOrAValueInWordsIsNotReadAsAVariable() {
    CheckReport r = check("the derivative of sigmoid is sigmoid*(1 - sigmoid)\n"
        + "the derivative of the loss is twice the error\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }

  @Test
  void anImplicitDerivativeIsNeverRefuted() {
    CheckReport r = check("the derivative of y^2 is 2y*dy/dx\n"
        + "the derivative of y^2 with respect to x is 2y\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
