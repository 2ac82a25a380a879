package gradlab.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(30)
class AutosaveTest {
  private final ByteArrayOutputStream notes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(notes, true, StandardCharsets.UTF_8);
  private static final Autosave.Writer WHOLE = (c, b) -> {
    while (b.hasRemaining()) {
      c.write(b);
    }
  };

  private Autosave session(Path dir, boolean othersRunning) {
    return new Autosave(dir, out, WHOLE, p -> othersRunning);
  }

  private static List<String> entries(Path file) {
    return SessionFile.read(file, t -> false);
  }

  @Test
  void aKilledSessionIsKeptAndOfferedAndTheNextOneWritesItsOwnFile(@TempDir Path dir) {
    Autosave first = session(dir, false);
    first.saveInPlace(List.of("a = 1"));
    // no close: as after kill -9
    Autosave second = session(dir, false);
    assertThat(second.previous()).isEqualTo(first.file());
    assertThat(second.notice()).startsWith("note: the last session (").contains(":restore");
    second.saveInPlace(List.of("b = 2"));
    assertThat(second.file()).isNotEqualTo(first.file());
    assertThat(entries(first.file().orElseThrow())).containsExactly("a = 1");
    assertThat(entries(second.file().orElseThrow())).containsExactly("b = 2");
  }

  @Test
  void twoConsolesAtOnceWriteTwoFilesAndDoNotOfferEachOther(@TempDir Path dir) {
    Autosave one = session(dir, true);
    Autosave two = session(dir, true);
    List<String> a = new ArrayList<>();
    List<String> b = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      a.add("a" + i + " = " + i);
      one.saveInPlace(a);
      b.add("b" + i + " = " + i);
      two.saveInPlace(b);
    }
    assertThat(entries(one.file().orElseThrow())).isEqualTo(a);
    assertThat(entries(two.file().orElseThrow())).isEqualTo(b);
    assertThat(session(dir, true).notice()).isEmpty();
  }

  @Test
  void aWriteThatFailsHalfWayIsCutBackAndRetriedWithOneNote(@TempDir Path dir) {
    boolean[] full = {true};
    Autosave a = new Autosave(dir, out, (c, b) -> {
      if (full[0]) {
        ByteBuffer half = b.duplicate().limit(b.position() + b.remaining() / 2);
        c.write(half);
        throw new IOException("No space left on device");
      }
      WHOLE.append(c, b);
    }, p -> false);
    List<String> e = new ArrayList<>(List.of("a = 1"));
    a.saveInPlace(e); // the header is written by Files.writeString, the entry fails half-way
    e.add("int twice(int v) {\n  return 2 * v;\n}");
    a.saveInPlace(e);
    assertThat(entries(a.file().orElseThrow())).isEmpty();
    full[0] = false;
    e.add("b = 2");
    a.saveInPlace(e);
    assertThat(SessionFile.read(a.file().orElseThrow(), t -> t.endsWith("{")
        || t.endsWith(";"))).containsExactlyElementsOf(e);
    assertThat(notes.toString(StandardCharsets.UTF_8)).isEqualTo("note: the autosave cannot be "
        + "written (No space left on device); entries are kept in memory and written when it "
        + "can, :save FILE writes them elsewhere\n");
  }

  @Test
  void onlyTheNewestTwentyEndedSessionsAreKept(@TempDir Path dir) throws IOException {
    for (int i = 0; i < 25; i++) {
      Files.writeString(dir.resolve(String.format("session-20260101-0000%02d-1-2.jsh", i)), "");
    }
    Autosave a = session(dir, false);
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(Autosave.KEEP);
    }
    assertThat(a.previous().orElseThrow().getFileName().toString())
        .isEqualTo("session-20260101-000024-1-2.jsh");
  }
}
