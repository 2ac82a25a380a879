package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A math definition that a Java line uses by name ({@code C.input()} after {@code C = …}) is
 * declared in the console's Java; a saved session declares it too, so that {@code ./gradlab run}
 * and {@code :load} replay the line (user23: cannot find symbol C).
 */
@Timeout(180)
class DefinitionInJavaReplayTest {
  @Test
  void aJavaLineUsingAMathDefinitionByNameReplaysInGradlabRun(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("s.jsh");
    String console = ConsoleTest.session("C = (f - a)^2/2\nvar s = C.input()\n:save " + file
        + "\n");
    assertThat(console).contains("s ==> \"(-a+f)^2/2\"").doesNotContain("error");
    // the run fails (cannot find symbol C) unless the saved file declares C
    assertThat(ConsoleTest.replayed(file)).isEqualTo("C = (f − a)²/2\n");
  }

  @Test
  void aJavaLineUsingAMathDefinitionByNameSurvivesSaveResetAndLoad(@TempDir Path dir) {
    Path file = dir.resolve("s.jsh");
    String t = ConsoleTest.session("C = (f - a)^2/2\nvar s = C.input()\n:save " + file
        + "\n:reset\n:load " + file + "\nC.unicode()\n");
    assertThat(t).doesNotContain("error").contains("==> \"(f − a)²/2\"");
  }
}
