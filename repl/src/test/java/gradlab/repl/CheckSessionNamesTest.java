package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.symbolic.EngineConfig;
import gradlab.symbolic.SymbolicEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console's :check with the session's definitions (user16 F1–F3, F8, F12): a y_hat the
 * session defines is never free, dL/dw sees the session's L, d f / d x and f'(x) of f = 3x² are
 * derivatives, an unbalanced claim is a syntax error, not an empty report, and the definitions
 * are shown in our maths, not the library's.
 */
@Timeout(120)
class CheckSessionNamesTest {
  private static SymbolicEngine engine;

  @TempDir
  Path out;

  @BeforeAll
  static void start() {
    engine = SymbolicEngine.create(EngineConfig.defaults());
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private Session session() {
    return new Session(CompletableFuture.completedFuture(engine), new PrintStream(
        new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), out);
  }

  @Test
  void aSessionYHatIsPassedToCheckSoAZeroGradientIsNotProved() {
    try (Session s = session()) {
      s.evaluate("z1 = w1*x + b1");
      s.evaluate("y_hat = w2*sigma(z1) + b2");
      s.evaluate("L = (y_hat - y)^2/2");
      String zero = s.evaluate(":check diff(L, w1) = 0").text();
      assertThat(zero).doesNotContain("✓");
      assertThat(s.evaluate(":check pd(L, w1) = (y_hat - y)*w2*sigma'(z1)*x").text())
          .contains("✓");
    }
  }

  @Test
  void slashDerivativeSeesTheSessionsLoss() {
    try (Session s = session()) {
      s.evaluate("z = w*x + b");
      s.evaluate("a = sigma(z)");
      s.evaluate("L = (a - y)^2/2");
      assertThat(s.evaluate(":check dL/dw = (a - y)*sigma'(z)*x").text()).contains("✓");
    }
  }

  @Test
  void spacedQuotientAndPrimeOfAQuantityAreDerivatives() {
    try (Session s = session()) {
      s.evaluate("f = 3*x^2");
      assertThat(s.evaluate(":check d f / d x = 6*x").text()).contains("✓").doesNotContain("✗");
      assertThat(s.evaluate(":check f'(x) = 6x").text()).contains("✓").doesNotContain("✗");
    }
  }

  @Test
  void sessionDefinitionsAreShownInOurMathNotTheLibrarysSyntax() {
    try (Session s = session()) {
      s.evaluate("L = log(1 + exp(-y*w))");
      s.evaluate("z1 = w1*x + b1");
      String right = s.evaluate(":check diff(L, w) = -y*exp(-y*w)/(1 + exp(-y*w))").text();
      assertThat(right).contains("L = ln(1 + exp(−w·y))").doesNotContain("Log(")
          .doesNotContain("E^").contains("✓").doesNotContain("✗");
      assertThat(s.evaluate(":check diff(L, w) = y*exp(-y*w)/(1 + exp(-y*w))").text())
          .contains("✗");
      assertThat(s.evaluate(":check diff(sigma(z1), w1) = sigma'(z1)*x").text())
          .contains("z₁ = b₁ + w₁·x").contains("✓").doesNotContain("✗");
    }
  }

  @Test
  void anUnbalancedClaimIsASyntaxError() {
    try (Session s = session()) {
      Result r = s.evaluate(":check sigma'(x = 1/4");
      assertThat(r.isError()).isTrue();
      assertThat(r.error().message()).contains("missing closing bracket");
    }
  }

  @Test
  void checkWithNothingAfterItSaysWhatItTakes() {
    try (Session s = session()) {
      Result r = s.evaluate(":check");
      assertThat(r.isError()).isTrue();
      assertThat(r.error().message()).contains(":check takes a chain").doesNotContain("folder");
    }
  }
}
