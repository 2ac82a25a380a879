package gradlab.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jline.reader.History;
import org.jline.reader.LineReader;
import org.jline.reader.impl.history.DefaultHistory;

/**
 * JLine's history with a file that stays whole. JLine's own save rewrites or appends through a
 * buffered writer: on a full disk it leaves a cut line (after which the next load fails and
 * drops the whole history) and logs a stack trace for every entry; two consoles trimming the
 * file at once lose each other's lines. Here each new line is appended with one write to a file
 * opened for appending (two consoles interleave whole lines), a failed write is cut back, one
 * note says the history cannot be written, and loading skips what it cannot read (a cut or
 * non-UTF-8 line) instead of dropping everything. The file keeps JLine's format
 * ({@code millis:line}, with {@code \n} and {@code \\} escaped); it is trimmed to the newest
 * {@value #KEEP} lines at start-up only, through a temporary file and an atomic move.
 */
final class HistoryFile extends DefaultHistory {
  static final int KEEP = 10_000;
  private final PrintStream out;
  private final Autosave.Writer writer;
  private LineReader lineReader;
  private long savedUpTo = -1;
  private boolean warned;

  HistoryFile(PrintStream out) {
    this(out, (c, b) -> {
      while (b.hasRemaining()) {
        c.write(b);
      }
    });
  }

  HistoryFile(PrintStream out, Autosave.Writer writer) {
    this.out = out;
    this.writer = writer;
  }

  @Override
  public void attach(LineReader reader) {
    this.lineReader = reader;
    super.attach(reader);
  }

  private Path path() {
    Object p = lineReader == null ? null : lineReader.getVariable(LineReader.HISTORY_FILE);
    return p instanceof Path path ? path : p == null ? null : Path.of(p.toString());
  }

  @Override
  public void load() {
    Path file = path();
    if (file == null || !Files.isRegularFile(file)) {
      return;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      warnOnce("the history cannot be read (" + e.getMessage() + ")");
      return;
    }
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        lines.add(decodeOrNull(bytes, start, i)); // a line without its \n was cut: dropped
        start = i + 1;
      }
    }
    for (String l : lines) {
      int colon = l == null ? -1 : l.indexOf(':');
      if (colon > 0 && colon < 19 && l.substring(0, colon).chars().allMatch(Character::isDigit)) {
        internalAdd(Instant.ofEpochMilli(Long.parseLong(l.substring(0, colon))),
            unescape(l.substring(colon + 1)));
      }
    }
    savedUpTo = size() == 0 ? -1 : last();
    if (lines.size() > KEEP + KEEP / 4) {
      trim(file, lines.subList(lines.size() - KEEP, lines.size()));
    }
  }

  /** Appends the lines added since the last save, all in one write; never throws. */
  @Override
  public void save() {
    Path file = path();
    if (file == null) {
      return;
    }
    StringBuilder b = new StringBuilder();
    long upTo = savedUpTo;
    for (History.Entry e : this) {
      if (e.index() > savedUpTo) {
        b.append(e.time().toEpochMilli()).append(':').append(escape(e.line())).append('\n');
        upTo = e.index();
      }
    }
    if (b.isEmpty()) {
      return;
    }
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      long size = c.size();
      try {
        writer.append(c, ByteBuffer.wrap(b.toString().getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        if (c.size() > size) {
          c.truncate(size); // no cut line; another console's lines are whole lines before it
        }
        throw e;
      }
      savedUpTo = upTo;
    } catch (IOException e) {
      warnOnce("the history cannot be written (" + (e.getMessage() == null
          ? e.getClass().getSimpleName() : e.getMessage()) + "); this session's lines are "
          + "kept in memory");
    }
  }

  private void warnOnce(String message) {
    if (!warned) {
      warned = true;
      out.println("note: " + message);
    }
  }

  private static void trim(Path file, List<String> keep) {
    try {
      Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "history", ".tmp");
      Files.write(tmp, keep.stream().filter(l -> l != null).toList(), StandardCharsets.UTF_8);
      Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      // an untrimmed history is still whole
    }
  }

  private static String decodeOrNull(byte[] bytes, int from, int to) {
    try {
      return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      return null;
    }
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
  }

  static String unescape(String s) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
