package gradlab.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A student's chat-style derivation (user16 F1–F6): d f / d x with spaces, f'(x) of a name
 * defined as a quantity, y_hat, ŷ, z_1, δ1 as names, dL/dyhat, and a let line that defines
 * nothing. Each gave a false ✗, a false ✓, or a line that vanished from the report.
 */
@Timeout(60)
class StudentPlainTextNamesTest extends gradlab.symbolic.EngineFixture {
  private static CheckReport text(String text) {
    return new DocumentChecker(engine, Duration.ofSeconds(10)).checkText("t.txt", text);
  }

  @Test
  void spacedLeibnizQuotientIsTheDerivativeNotAProductWithD() {
    CheckReport r = text("f = 3*x^2\nd f / d x = 6*x\nd(f)/d(x) = 6*x\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void spacedLeibnizQuotientWithAWrongRightSideIsRefuted() {
    CheckReport r = text("f = 3*x^2\nd f / d x = 3*x\n");
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void primeOfANameDefinedAsAQuantityIsItsDerivativeNotZero() {
    CheckReport r = text("f = 3*x^2\nf'(x) = 6x\nf''(x) = 6\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
    assertThat(r.render()).contains("a prime of a name the text defines as a quantity");
  }

  @Test
  void namesWithUnderscoresGreekAndHatsAreDefinitions() {
    CheckReport r = text("z_1 = w_1*x + b_1\na_1 = sigma(z_1)\ny_hat = w_2*a_1 + b_2\n"
        + "L = 1/2*(ŷ - y)^2\nδ2 = y_hat - y\ndL/dw_2 = δ2*a_1\n"
        + "dL/dw_1 = (y_hat - y)*w_2*sigma'(z_1)*x\n");
    assertThat(r.count(StepVerdict.NotChecked.class)).as(r.render()).isZero();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }

  @Test
  void aFalseZeroGradientThroughYHatIsNeverProved() {
    CheckReport r = text("z1 = w1*x + b1\nh = sigma(z1)\ny_hat = w2*h + b2\n"
        + "L = (y_hat - y)^2/2\ndL/dw1 = 0\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void slashDerivativeByAWordIsRead() {
    CheckReport r = text("out = v*a + c\nE = (out - t)^2/2\nyhat = v*a + c\n"
        + "L = (yhat - y)^2/2\ndE/dout = out - t\ndL/d(yhat) = yhat - y\n∂L/∂yhat = ŷ - y\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(3);
    assertThat(r.render()).doesNotContain("d^L");
  }

  @Test
  void aLetLineThatDefinesNothingIsReportedAndItsNameIsNotFree() {
    CheckReport r = text("let h = sigma(w1*x)\nlet q_x = w2 h h h(\nlet L = (q_x - y)^2/2\n"
        + "pd(L, w1) = 0\n");
    assertThat(r.render()).contains("line   2");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isZero();
  }

  @Test
  void primeOfABuiltInActivationIsItsDerivative() {
    CheckReport r = text("tanh'(x) = 1 - tanh(x)^2\nrelu'(x) = H(x)\ntanh'(x) = 1 + tanh(x)^2\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isGreaterThanOrEqualTo(1);
    assertThat(r.count(StepVerdict.Refuted.class)).as(r.render()).isEqualTo(1);
    assertThat(r.firstRefuted().orElseThrow().line()).isEqualTo(3);
  }

  @Test
  void proseWordsAroundAFormulaAreNotNames() {
    CheckReport r = text("z = w*x + b\nL = (z - y)^2/2\nby the chain rule dL/dw = (z - y)*x\n"
        + "dL/db = (z - y) (chain rule)\nrelu'(x) = 1 if x > 0 else 0\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.render()).contains("a case written in words");
  }

  @Test
  void aWordTheTextDefinesBeforeAFormulaStaysAName() {
    CheckReport r = text("out = 2\nrate = 3\nout rate x = 6*x\n");
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(1);
  }

  @Test
  void halfWrittenBeforeABracketIsAFactorNotASquaredProduct() {
    CheckReport r = text("a = w*x\nL = (1/2)(a - y)^2\ndL/da = a - y\nN = ½(a - y)²\n"
        + "dN/da = a - y\n");
    assertThat(r.firstRefuted()).as(r.render()).isEmpty();
    assertThat(r.count(StepVerdict.Proved.class)).as(r.render()).isEqualTo(2);
  }
}
