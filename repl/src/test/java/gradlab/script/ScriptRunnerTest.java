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
  void aMathErrorInAScriptSaysErrorNotItsClassName() throws Exception {
    // a replayed session stopped with "MathSyntaxException: syntax error …"
    ScriptFailure f = run("math-syntax-error-names-no-class.jsh").orElseThrow();
    assertThat(f.line()).isEqualTo(2);
    assertThat(f.render(false)).contains(".jsh:2: error: syntax error")
        .doesNotContain("Exception");
  }

  @Test
  void auditOfDefinitionsInAStringPrintsTheTableAsTheCliDoes() throws Exception {
    // audit("…") did not compile, and a report printed as a one-line record dump
    assertThat(run("audit-of-a-string-prints-the-table.jsh")).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("gradient audit of L at 10 "
        + "random points (seed 1)").contains("all three agree").doesNotContain("AuditRow[");
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

  @Test
  void exceptionInsideARunOfStatementsIsReportedAtItsOwnLine() throws Exception {
    ScriptFailure f = run("exception-in-the-middle-of-statements.jsh").orElseThrow();
    assertThat(f.line()).isEqualTo(7);
    assertThat(f.message()).startsWith("ArrayIndexOutOfBoundsException");
    assertThat(f.snippet()).isEqualTo("xs[5] = 1;");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("acc 1.0\n");
  }

  @Test
  void compileErrorAmongStatementsIsReportedAtItsLineAndEarlierOnesRanOnce() throws Exception {
    ScriptFailure f = run("compile-error-among-statements-on-line-4.jsh").orElseThrow();
    assertThat(f.line()).isEqualTo(4);
    assertThat(f.message()).contains("bad operand types");
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("n 1\n");
  }

  @Test
  void elseAfterACommentLineStillBelongsToItsIf() throws Exception {
    assertThat(run("else-after-a-comment-line.jsh")).isEmpty();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("small\n3\n");
  }

  @Test
  void nonUtf8ScriptIsNamedWithItsByteNotMalformedInput() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("latin1-comment-byte-36.jsh"))
        .isInstanceOf(gradlab.io.NotUtf8Exception.class)
        .hasMessageStartingWith("src/test/resources/scripts/latin1-comment-byte-36.jsh is not "
            + "UTF-8 (byte 36)");
  }

  /** Before, each line was its own JShell compilation and slowed the next: minutes for this. */
  @Test
  @Timeout(90)
  void threeThousandLineScriptRunsInSecondsAndReportsWhereItIs(
      @org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    StringBuilder b = new StringBuilder("double acc = 0;\n");
    for (int i = 1; i <= 3000; i++) {
      b.append(i % 100 == 0 ? "System.out.println(acc);\n" : "acc += " + i + ";\n");
    }
    Path file = dir.resolve("long.jsh");
    java.nio.file.Files.writeString(file, b);
    List<Integer> lines = new java.util.ArrayList<>();
    PrintStream saved = System.out;
    PrintStream capture = new PrintStream(out, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    try {
      assertThat(new ScriptRunner(capture, capture, (f, line, total) -> {
        assertThat(total).isEqualTo(3001);
        lines.add(line);
      }).run(file, List.of())).isEmpty();
    } finally {
      System.setOut(saved);
    }
    assertThat(lines).isSorted().contains(1, 3001);
    String[] printed = out.toString(StandardCharsets.UTF_8).split("\n");
    assertThat(printed).hasSize(30);
    assertThat(printed[29]).isEqualTo(String.valueOf(3000.0 * 3001 / 2 - 100.0 * 30 * 31 / 2));
  }
}
