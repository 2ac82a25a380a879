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
 * The console's :check reads LaTeX's own delimiters as a file does (user24 F2, F3): {@code \( … \)}
 * with Unicode read nothing and said nothing, {@code \[ … \]} said "cannot read: \[", and D(L, z)
 * of the session's L was a silent "function definition".
 */
@Timeout(120)
class CheckLatexDelimitersTest {
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
  void falseApproximationInParenDelimitersWithUnicodeIsRefuted() {
    try (Session s = session()) {
      assertThat(s.evaluate(":check \\( e^{−1} ≈ 0.5 \\)").text()).contains("✗");
    }
  }

  @Test
  void falseApproximationInBracketDelimitersIsRefuted() {
    try (Session s = session()) {
      assertThat(s.evaluate(":check \\[ e^{-1} \\approx 0.5 \\]").text()).contains("✗")
          .doesNotContain("cannot read");
    }
  }

  @Test
  void trueApproximationInParenDelimitersIsNotRefuted() {
    try (Session s = session()) {
      assertThat(s.evaluate(":check \\( e^{-1} \\approx 0.368 \\)").text()).doesNotContain("✗")
          .contains("✓");
    }
  }

  @Test
  void wrongDerivativeOfTheSessionsLossWrittenAsDIsRefuted() {
    try (Session s = session()) {
      s.evaluate("L = -(y*log(sigma(z)) + (1-y)*log(1-sigma(z)))");
      assertThat(s.evaluate(":check D(L, z) = sigma(z) + y").text()).contains("✗")
          .doesNotContain("function definition");
    }
  }
}
