package gradlab.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(10)
class TerminalProgressTest {
  private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
  private final PrintStream terminal = new PrintStream(screen, true, StandardCharsets.UTF_8);
  private long now;

  private String screen() {
    return screen.toString(StandardCharsets.UTF_8);
  }

  @Test
  void nothingIsShownDuringTheFirstSecond() {
    TerminalProgress p = new TerminalProgress(terminal, () -> now);
    now = 999_000_000L;
    p.at("s.jsh", 10, 100);
    p.done();
    assertThat(screen()).isEmpty();
  }

  @Test
  void afterASecondTheLineShowsWhereTheScriptIsAndIsErasedBeforeOutputAndAtTheEnd() {
    TerminalProgress p = new TerminalProgress(terminal, () -> now);
    PrintStream out = p.wrap(terminal);
    now = 1_000_000_000L;
    p.at("s.jsh", 51, 200);
    assertThat(screen()).isEqualTo("\r\033[2Ks.jsh: line 51 of 200 (25%)");
    out.print("hello\n");
    assertThat(screen()).endsWith("(25%)\r\033[2Khello\n");
    now += 100_000_000L;
    p.at("s.jsh", 52, 200);
    assertThat(screen()).as("not redrawn within a quarter second").endsWith("hello\n");
    now += 200_000_000L;
    p.at("s.jsh", 53, 200);
    assertThat(screen()).endsWith("hello\n\r\033[2Ks.jsh: line 53 of 200 (26%)");
    p.done();
    assertThat(screen()).endsWith("(26%)\r\033[2K");
  }

  @Test
  void percentIsOfLinesDoneAndNeverOverAHundred() {
    assertThat(TerminalProgress.text("a.jsh", 1, 200_000)).isEqualTo(
        "a.jsh: line 1 of 200000 (0%)");
    assertThat(TerminalProgress.text("a.jsh", 200_001, 200_000)).endsWith("(100%)");
  }
}
