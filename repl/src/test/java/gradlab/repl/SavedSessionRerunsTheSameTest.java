package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * :save wrote a Java name shown alone as {@code fd;}, no Java statement (the replay stopped),
 * showed nothing for {@code "abc".length()} in the replay, and dropped {@code :plot}. Shown
 * values are printed now and :plot is kept as a {@code //:plot} line that :load replays.
 */
@Timeout(180)
class SavedSessionRerunsTheSameTest {
  @Test
  void shownJavaValuesArePrintedAndPlotsKept(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("s.jsh");
    String t = ConsoleTest.session("int fd = 4;\nfd\n\"abc\".length()\nint k = 2;\n"
        + "diff(x^2, x)\n:plot $2, x, 0, 1\n:save " + file + "\n");
    assertThat(t).doesNotContain("error");
    String saved = Files.readString(file);
    assertThat(saved).contains("System.out.println(fd);\n")
        .contains("System.out.println(\"abc\".length());\n").contains("int k = 2;\n")
        .doesNotContain("fd;\nSystem").doesNotContain("println(int")
        .contains("//:plot (2*x), x, 0, 1\n");
    assertThat(ConsoleTest.replayed(file)).isEqualTo("4\n3\n2x\n");
  }

  @Test
  void aSavedPlotIsDrawnAgainByLoad(@TempDir Path dir) {
    Path file = dir.resolve("s.jsh");
    String t = ConsoleTest.session(":plot x^2, x, 0, 1\n:save " + file + "\n:load " + file
        + "\n");
    assertThat(t).contains("loaded 1 entries").doesNotContain("error");
    assertThat(t.indexOf("plot written")).isNotEqualTo(t.lastIndexOf("plot written"));
  }
}
