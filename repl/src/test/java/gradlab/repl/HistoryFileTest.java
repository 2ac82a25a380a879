package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class HistoryFileTest {
  private final ByteArrayOutputStream notes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(notes, true, StandardCharsets.UTF_8);

  private HistoryFile attached(Path file, Autosave.Writer writer) throws IOException {
    Terminal t = new DumbTerminal("t", Terminal.TYPE_DUMB, new ByteArrayInputStream(new byte[0]),
        new ByteArrayOutputStream(), StandardCharsets.UTF_8);
    HistoryFile h = writer == null ? new HistoryFile(out) : new HistoryFile(out, writer);
    h.attach(LineReaderBuilder.builder().terminal(t).variable(LineReader.HISTORY_FILE, file)
        .history(h).build()); // JLine attaches at the first readLine
    return h;
  }

  private static List<String> lines(HistoryFile h) {
    List<String> l = new ArrayList<>();
    h.forEach(e -> l.add(e.line()));
    return l;
  }

  @Test
  void aFullDiskGivesOneNoteNoStackTraceAndNoCutLine(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("history");
    Files.writeString(file, "1:before\n");
    HistoryFile h = attached(file, (c, b) -> {
      c.write(b.duplicate().limit(b.position() + 3));
      throw new IOException("No space left on device");
    });
    h.add("a = 1");
    h.add("b = 2");
    h.save();
    assertThat(Files.readString(file)).isEqualTo("1:before\n");
    assertThat(notes.toString(StandardCharsets.UTF_8)).isEqualTo("note: the history cannot be "
        + "written (No space left on device); this session's lines are kept in memory\n");
  }

  @Test
  void twoConsolesAppendWholeLinesAndBothSurvive(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("history");
    HistoryFile one = attached(file, null);
    HistoryFile two = attached(file, null);
    for (int i = 0; i < 5; i++) {
      one.add("one " + i);
      two.add("two\n" + i); // a multi-line entry stays one line, escaped
    }
    assertThat(lines(attached(file, null))).containsExactly("one 0", "two\n0", "one 1", "two\n1",
        "one 2", "two\n2", "one 3", "two\n3", "one 4", "two\n4");
  }

  @Test
  void aCutLastLineAndANonUtf8LineAreSkippedAndTheRestIsKept(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("history");
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes("1:first\n2:caf".getBytes(StandardCharsets.UTF_8));
    b.write(0xE9);
    b.writeBytes("\n3:third\n4:cut mid-li".getBytes(StandardCharsets.UTF_8));
    Files.write(file, b.toByteArray());
    assertThat(lines(attached(file, null))).containsExactly("first", "third");
    assertThat(notes.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
