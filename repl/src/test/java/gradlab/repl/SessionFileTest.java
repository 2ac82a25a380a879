package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** :save then :load or gradlab run gives back every kind of entry. */
@Timeout(120)
class SessionFileTest {
  /** Every kind of entry, as typed; multi-line ones hold their line breaks. */
  private static final List<String> ENTRIES = List.of(
      "z = w*x + b",
      "diff(sigma(w*x+b),\n b)",
      "int k = 3;",
      "int twice(int v) {\n  return 2 * v;\n}",
      "class Box {\n  int v = 7;\n}",
      "System.out.println(twice(k) + new Box().v);",
      ":math x;",
      ":tex",
      "x^2/2",
      ":unicode",
      // quotes and a backslash in math: a line with a string literal is Java, so :math here
      ":math s = \"quoted\\\\ \" ",
      ":timeout 5",
      ":js 1 + 1",
      ":check diff(x^2, x) == 2x",
      ":audit (w*x - y)^2",
      ":forget z");

  @Test
  void everyKindOfEntryReadsBackAsTyped(@TempDir Path dir) {
    Path file = dir.resolve("s.jsh");
    SessionFile.write(file, ENTRIES);
    try (JavaShell java = new JavaShell()) {
      assertThat(SessionFile.read(file, java::incomplete)).containsExactlyElementsOf(
          ENTRIES.stream().map(String::strip).toList());
    }
  }

  @Test
  void documentationAndBareWordsAreNotSavedForReplay() {
    // ?sigma was saved as sheet.evaluate("?sigma") and ./gradlab run stopped at it
    assertThat(SessionFile.keeps("?sigma")).isFalse();
    assertThat(SessionFile.keeps("clear z1")).isFalse();
    assertThat(SessionFile.keeps("help")).isFalse();
    assertThat(SessionFile.keeps("sigma(1)")).isTrue();
  }

  @Test
  void aForgottenNameIsForgottenWhenTheSavedSessionRunsAsAScript(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("f.jsh");
    SessionFile.write(file, List.of("z = 3", ":forget z", "z^2"));
    assertThat(runAsScript(file)).isEqualTo("z = 3\nz²\n");
  }

  @Test
  void savedMultiLineMathAndJavaRunAsAScript(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.jsh");
    SessionFile.write(file, ENTRIES.subList(0, 10));
    assertThat(runAsScript(file)).isEqualTo(
        "z = b + w·x\nσ′(b + w·x)\n13\nx\n\\frac{{x}^{2}}{2}\n");
  }

  /** What {@code ./gradlab run FILE} prints for the saved session; the run must succeed. */
  private static String runAsScript(Path file) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream saved = System.out;
    System.setOut(p);
    try {
      assertThat(new gradlab.script.ScriptRunner(p, p).run(file, List.of())).isEmpty();
    } finally {
      System.setOut(saved);
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
