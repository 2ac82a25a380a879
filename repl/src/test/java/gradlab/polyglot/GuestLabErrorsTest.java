package gradlab.polyglot;

import static org.assertj.core.api.Assertions.assertThat;

import gradlab.script.ScriptFailure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A failed {@code lab} call is the guest's own exception with gradlab's message: Python's
 * {@code except} catches it, and an uncaught one names its line and no Java class (user23).
 */
// the bound is on a cold GraalPy start and a cold engine, neither of which the test is about:
// 41 s and 8.6 s at load 17 on 2 cores (fix30), 180 s left a margin of 4 that load 24+ eats
@Timeout(480)
class GuestLabErrorsTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private ScriptFailure failure(String name) throws Exception {
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    return PolyglotScripts.run(Path.of("src/test/resources/guest", name), List.of(),
        Sandbox.strict(), p, p).orElseThrow();
  }

  @Test
  void pythonCatchesALabErrorAsAValueErrorAndARefusalAsAPermissionError() throws Exception {
    ScriptFailure f = failure("catches-a-lab-error.py");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\"caught: syntax error: "
        + "unknown function 'SystemDialog'\", \"caught: syntax error: unexpected '*'\", '3x²']\n"
        + "refused\n");
    assertThat(f.line()).isEqualTo(12);
    assertThat(f.message()).startsWith("ValueError: syntax error: unknown function")
        .doesNotContain("Exception").doesNotContain("gradlab.");
    assertThat(Path.of("/tmp/gradlab-catches-a-lab-error.png")).doesNotExist();
  }

  @Test
  void aWrongNumberOfArgumentsNamesTheLabMethodNotAJavaClass() throws Exception {
    ScriptFailure f = failure("calls-lab-with-too-few-arguments.js");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("0.25\n");
    assertThat(f.message()).contains("lab.linspace takes 3 arguments, got 2")
        .doesNotContain("GuestLab").doesNotContain("invokeMember");
    assertThat(f.line()).isEqualTo(2);
  }
}
