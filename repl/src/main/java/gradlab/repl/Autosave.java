package gradlab.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One autosave file per console session, {@code sessions/session-DATE-TIME-PID-START.jsh} in the
 * gradlab home, in the {@link SessionFile} format (so {@code :load} and {@code gradlab run} read
 * it). The file is made at the first entry; each entry is appended with one write, and a write
 * that fails (a full disk) is cut back to the last whole entry and tried again with the next
 * entry, with one warning. Two consoles never share a file. At start the newest file of a
 * session that is no longer running (its process id and start time name no live process) is
 * "the last session", offered by {@link #notice}; the newest {@value #KEEP} files are kept.
 * Not thread-safe.
 */
final class Autosave {
  static final int KEEP = 20;
  private static final Pattern NAME = Pattern.compile("session-\\d{8}-\\d{6}-(\\d+)-(\\d+)"
      + "(?:-\\d+)?\\.jsh");
  private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss",
      Locale.ROOT);
  private final Path dir;
  private final PrintStream out;
  private final Optional<Path> previous;
  private final Writer writer;
  private Path file;
  private int written;
  private boolean warned;

  /** Where bytes go; a test's seam for a disk that fills up. */
  @FunctionalInterface
  interface Writer {
    void append(FileChannel channel, ByteBuffer bytes) throws IOException;
  }

  Autosave(Path dir, PrintStream out) {
    this(dir, out, (c, b) -> {
      while (b.hasRemaining()) {
        c.write(b);
      }
    });
  }

  Autosave(Path dir, PrintStream out, Writer writer) {
    this(dir, out, writer, Autosave::running);
  }

  /** @param running whether the console that wrote a file still runs (a seam for tests) */
  Autosave(Path dir, PrintStream out, Writer writer, java.util.function.Predicate<Path> running) {
    this.dir = dir;
    this.out = out;
    this.writer = writer;
    this.previous = sessions(dir).filter(running.negate()).findFirst();
    sessions(dir).skip(KEEP).filter(running.negate()).forEach(p -> {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // an old autosave that cannot be removed is kept; nothing is lost
      }
    });
  }

  /** The file of the newest session that has ended, if it kept any entry. */
  Optional<Path> previous() {
    return previous;
  }

  /** The folder of the autosaves. */
  Path dir() {
    return dir;
  }

  /** This session's file, once it has one. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** One line offering the last session's entries, or empty. */
  String notice() {
    return previous.map(p -> "note: the last session (" + started(p) + ") left entries: "
        + ":last shows them, :restore replays them").orElse("");
  }

  /** Appends the entries not yet in the file, each whole or not at all. */
  void saveInPlace(List<String> entries) {
    if (written > entries.size()) {
      written = 0; // :reset: the entries start again
    }
    while (written < entries.size()) {
      String chunk = SessionFile.chunk(entries.get(written));
      try {
        append(chunk);
        written++;
      } catch (IOException e) {
        if (!warned) {
          warned = true;
          out.println("note: the autosave cannot be written (" + reason(e) + "); entries are "
              + "kept in memory and written when it can, :save FILE writes them elsewhere");
        }
        return;
      }
    }
  }

  private void append(String chunk) throws IOException {
    if (file == null) {
      Files.createDirectories(dir);
      Path f = dir.resolve(newName(0));
      for (int n = 1; Files.exists(f); n++) {
        f = dir.resolve(newName(n));
      }
      try {
        Files.writeString(f, SessionFile.header(f), StandardOpenOption.CREATE_NEW);
      } catch (IOException e) {
        Files.deleteIfExists(f); // no half header: the next entry starts the file again
        throw e;
      }
      file = f;
    }
    try (FileChannel c = FileChannel.open(file, StandardOpenOption.WRITE)) {
      long size = c.size();
      c.position(size);
      try {
        writer.append(c, ByteBuffer.wrap(chunk.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        c.truncate(size); // whole entries only: a cut entry would not read back
        throw e;
      }
    }
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static String newName(int n) {
    ProcessHandle self = ProcessHandle.current();
    long start = self.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    return "session-" + LocalDateTime.now().format(STAMP) + "-" + self.pid() + "-" + start
        + (n == 0 ? "" : "-" + n) + ".jsh";
  }

  /** True when the process that wrote the file still runs (same id and start time). */
  static boolean running(Path f) {
    Matcher m = NAME.matcher(f.getFileName().toString());
    if (!m.matches()) {
      return false;
    }
    long start = Long.parseLong(m.group(2));
    return ProcessHandle.of(Long.parseLong(m.group(1))).flatMap(h -> h.info().startInstant())
        .map(i -> i.toEpochMilli() == start).orElse(false);
  }

  private static Stream<Path> sessions(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> NAME.matcher(p.getFileName().toString()).matches())
          .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
          .toList().stream();
    } catch (IOException e) {
      return Stream.empty();
    }
  }

  private static String started(Path p) {
    String n = p.getFileName().toString();
    try {
      return LocalDateTime.parse(n.substring(8, 23), STAMP).format(DateTimeFormatter.ofPattern(
          "d MMM HH:mm", Locale.ROOT));
    } catch (RuntimeException e) {
      return n;
    }
  }
}
