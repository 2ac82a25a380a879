package gradlab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code gradlab FILE}: a new user's first guess runs a script and checks a derivation. */
@Timeout(120)
class BareFileArgumentTest {
  private static final Set<String> COMMANDS = Set.of("run", "check", "eval");

  @Test
  void aScriptIsRunAndADerivationIsChecked(@TempDir Path dir) throws Exception {
    Path script = Files.writeString(dir.resolve("a.jsh"), "");
    Path notes = Files.writeString(dir.resolve("notes.md"), "");
    assertThat(FileShortcut.expand(new String[] {script.toString(), "--quick"}, COMMANDS))
        .containsExactly("run", script.toString(), "--quick");
    assertThat(FileShortcut.expand(new String[] {"--timeout", "5", notes.toString()}, COMMANDS))
        .containsExactly("--timeout", "5", "check", notes.toString());
  }

  @Test
  void commandsMissingFilesAndOtherEndingsAreLeftAsGiven(@TempDir Path dir) throws Exception {
    Path data = Files.writeString(dir.resolve("w.csv"), "");
    for (String[] args : new String[][] {{"check", "x.md"}, {dir.resolve("gone.jsh").toString()},
        {data.toString()}, {"--trace"}, {}}) {
      assertThat(FileShortcut.expand(args, COMMANDS)).containsExactly(args);
    }
  }

  @Test
  void aBareMarkdownFileGetsTheCheckersReport(@TempDir Path dir) throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.md"), "$$1 - 0.999 = 0.002$$\n");
    MainRun r = MainRun.of(notes.toString());
    assertThat(r.out()).contains("✗").contains("first wrong step: line 1");
    assertThat(r.status()).isEqualTo(1);
  }
}
