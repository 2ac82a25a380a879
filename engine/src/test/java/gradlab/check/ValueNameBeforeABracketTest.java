package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * a(1-a) beside -y/a, s(1 − s), η(…) beside η dC/dw: a name the line uses as a value, before a
 * bracket, is a factor. Read as a function applied to the bracket, a true identity was ✗ "for
 * a(x) = x² + 1" (a TA, --format text and the console).
 */
@Timeout(60)
class ValueNameBeforeABracketTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport check(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void theCrossEntropyIdentityWithAProductInTheDenominatorIsProved() {
    CheckReport r = check("-y/a + (1-y)/(1-a) = (a - y)/(a(1-a))\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aNameInsideItsOwnBracketIsAFactor() {
    CheckReport r = check("s(1 − s) = 1/4 − (s − 1/2)²\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void aWrongProductIsStillRefuted() {
    CheckReport r = check("a(1-a) = a + a^2\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
  }

  @Test
  void aFunctionTheTextDefinesStaysAFunction() {
    CheckReport r = check("f(x) = x^2 + 1\nf(2) = 5\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(ValueNameProducts.rewrite("f(x) + f(2)", n -> false)).isEqualTo("f(x) + f(2)");
    assertThat(ValueNameProducts.rewrite("sigma(z)(1 - sigma(z))", n -> false))
        .isEqualTo("sigma(z)(1 - sigma(z))");
  }

  @Test
  void juxtaposedGreekLettersAreAProductAndTheSignSlipIsLocated() {
    CheckReport r = check("C = C0 + λ/(2n) * w^2\n"
        + "w − η(dC0/dw + (λ/n)w) = (1 + ηλ/n)w − η dC0/dw\n");
    assertThat(r.firstRefuted()).as(r.render()).isPresent();
    assertThat(r.firstRefuted().get().line()).isEqualTo(2);
    assertThat(PlainNames.asEngineNames("ηλ/n")).isEqualTo("eta*lambda/n");
  }

  @Test
  void theRightWeightDecayStepIsNotRefuted() {
    CheckReport r = check("C = C0 + λ/(2n) * w^2\n"
        + "w − η(dC0/dw + (λ/n)w) = (1 − ηλ/n)w − η dC0/dw\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
  }
}
