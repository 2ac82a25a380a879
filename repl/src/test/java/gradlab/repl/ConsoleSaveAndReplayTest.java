package gradlab.repl;

import static gradlab.repl.ConsoleTest.replayed;
import static gradlab.repl.ConsoleTest.session;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The console's memory of a session: the history file, the autosave, :save, :reset and :load,
 * and a saved session replayed by {@code ./gradlab run}.
 */
@Timeout(120)
class ConsoleSaveAndReplayTest {

  @Test
  void historyIsWrittenAfterEveryEntry(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
      throws Exception {
    java.nio.file.Path history = dir.resolve("history");
    session("1+1\nx != y\n", history);
    assertThat(java.nio.file.Files.readString(history)).contains("1+1").contains("x != y");
  }

  @Test
  void saveResetAndLoadReplayTheSession(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
    String file = dir.resolve("s.jsh").toString();
    String t = session("z = w*x + b\nint k = 3;\n:save " + file + "\n:reset\n:vars\n:load "
        + file + "\n:vars\nk * 2;\n");
    assertThat(t).contains("saved 2 entries").contains("(no definitions)")
        .contains("loaded 2 entries").contains("  z = b + w·x").contains("==> 6");
  }

  @Test
  void everyEntryIsAutosavedAtOnceInThisSessionsOwnFile(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    session("y = 2*x\nint n = 1;\nint bad = \"s\";\n", dir.resolve("history"));
    java.nio.file.Path file;
    try (var s = java.nio.file.Files.list(dir.resolve("sessions"))) {
      file = s.findFirst().orElseThrow();
    }
    assertThat(SessionFile.read(file, t -> false)).containsExactly("y = 2*x", "int n = 1;");
  }

  @Test
  void savedSessionIsAScriptThatGradlabRunReplays(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("s.jsh");
    session("z = w*x + b\ndiff(z, w)\nint k = 3;\n:save " + file + "\n");
    assertThat(replayed(file)).isEqualTo("z = b + w·x\nx\n");
  }

  @Test
  void aSavedSessionWithAJavaLineWithoutSemicolonAndAResultNumberReplaysInGradlabRun(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("s.jsh");
    // the console runs both; the saved file stopped at ';' expected, then at '$'
    session("x^2\ndouble[] xs = {1.0, 2.0, 3.0}\n$1 + 1\ndouble lr = 0.5;\n2 * $lr * q\n"
        + ":save " + file + "\n");
    // 2 * $lr * q is replayed as 2 * (0.5) * q
    assertThat(replayed(file)).isEqualTo("x²\n1 + x²\nq\n");
  }

  @Test
  void aSavedJavaEntryUsingAMathResultReplaysInGradlabRun(
      @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path file = dir.resolve("s.jsh");
    // user23: the autosave kept $1.unicode() as typed; ./gradlab run: cannot find symbol $1
    session("diff(x^3, x)\nSystem.out.println($1.unicode())\n:save " + file + "\n");
    assertThat(replayed(file)).isEqualTo("3x²\n3x²\n");
  }

  @Test
  void multiLineMathAndJavaSurviveSaveResetAndLoad(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    String file = dir.resolve("s.jsh").toString();
    String t = session("diff(sigma(w*x+b),\n b)\nint twice(int v) {\n  return 2 * v;\n}\n"
        + ":save " + file + "\n:reset\n:load " + file + "\ntwice(4);\n");
    assertThat(t).contains("saved 2 entries").contains("loaded 2 entries")
        .contains("$1 = σ′(b + w·x)\nloaded 2 entries").contains("$2 ==> 8")
        .doesNotContain("error");
  }
}
