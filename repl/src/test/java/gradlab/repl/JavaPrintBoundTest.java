package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.polyglot.BoundedOutput;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Java's prints in the console are bounded as Python's and JavaScript's are: an endless print
 * loop poured into the terminal until the time limit (user23); now its output is cut at
 * {@link BoundedOutput#LIMIT} with one line saying so, and the loop stops at the limit.
 */
@Timeout(180)
class JavaPrintBoundTest {
  @Test
  void anEndlessJavaPrintLoopIsCutAtTheOutputLimitAndStoppedAtTheTimeLimit() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PrintStream saved = System.out;
    JavaShell java = new JavaShell();
    Result r;
    System.setOut(new PrintStream(sink, true, StandardCharsets.UTF_8));
    try {
      java.start();
      r = JavaEntry.evaluate(java, new Results(), null, Duration.ofSeconds(15), true,
          s -> false, "while (true) System.out.print(\"x\".repeat(1 << 16));");
    } finally {
      System.setOut(saved);
      java.close();
    }
    assertThat(r.error().name()).isEqualTo("TimeLimit");
    assertThat((long) sink.size()).isLessThanOrEqualTo(BoundedOutput.LIMIT + 200);
    assertThat(sink.toString(StandardCharsets.UTF_8)).endsWith(BoundedOutput.note(
        BoundedOutput.LIMIT));
    assertThat(System.out).isSameAs(saved);
  }
}
