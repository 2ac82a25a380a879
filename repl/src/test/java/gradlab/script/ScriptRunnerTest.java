package gradlab.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class ScriptRunnerTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private Optional<ScriptFailure> run(String name, String... args) throws Exception {
    Path file = Path.of("src/test/resources/scripts", name);
    PrintStream saved = System.out;
    PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    try {
      return new ScriptRunner(capture, capture).run(file, List.of(args));
    } finally {
      System.setOut(saved);
    }
  }

  @Test
  void exceptionIsReportedWithFileAndLineOfItsSnippet() throws Exception {
    ScriptFailure f = run("null-dereference-on-line-4.jsh").orElseThrow();
    assertThat(f.line()).isEqualTo(4);
    assertThat(f.render(false)).startsWith("src/test/resources/scripts/null-dereference-on-line-4"
        + ".jsh:4: NullPointerException").doesNotContain("\tat ");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("never");
  }

  @Test
  void compileErrorNamesTheLineAndStopsTheScript() throws Exception {
    ScriptFailure f = run("type-error-on-line-2.jsh").orElseThrow();
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.message()).contains("incompatible types");
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("before");
  }

  @Test
  void scriptSeesItsArgumentsAndTheFacade() throws Exception {
    assertThat(run("echo-args-and-diff.jsh", "a", "b c")).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a,b c\nσ′(b + w·x)\n");
  }

  @Test
  void unclosedBlockIsAnErrorNotASilentSkip() throws Exception {
    ScriptFailure f = run("unclosed-brace.jsh").orElseThrow();
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.message()).contains("incomplete");
  }

  @Test
  void argumentsSurviveStarImportsThatMakeJShellRedeclareThem() throws Exception {
    assertThat(run("args-after-two-star-imports.jsh", "--quick", "x")).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("--quick,x\n");
  }
}
