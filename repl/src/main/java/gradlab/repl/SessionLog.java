package gradlab.repl;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a console session (math and Java, not commands), for {@code :save}, and their
 * autosave file, rewritten after every entry so that it survives a {@code kill -9}.
 */
final class SessionLog {
  private final List<String> entries = new ArrayList<>();
  private final Path autosave;
  private final PrintStream out;

  /** @param autosave the file to rewrite after each entry, or null for none */
  SessionLog(Path autosave, PrintStream out) {
    this.autosave = autosave;
    this.out = out;
  }

  /** Keeps an entry (commands other than :java and :math are not kept) and autosaves. */
  void recordInPlace(String line) {
    String s = line.strip();
    if (s.startsWith(":") && !s.startsWith(":java") && !s.startsWith(":math")) {
      return;
    }
    addInPlace(line);
  }

  /** Keeps an entry as it is (a replayed one) and autosaves. */
  void addInPlace(String line) {
    entries.add(line);
    if (autosave != null) {
      try {
        Files.writeString(autosave, String.join("\n", entries) + "\n");
      } catch (IOException e) {
        out.println("note: autosave failed: " + e.getMessage());
      }
    }
  }

  void clearInPlace() {
    entries.clear();
  }

  /** Writes the session as a .jsh script that {@code gradlab run} replays (and :load reads). */
  String save(String file) {
    if (file.isEmpty()) {
      throw new IllegalArgumentException(":save needs a file name, e.g. :save session.jsh");
    }
    SessionFile.write(Path.of(file), entries);
    return "saved " + entries.size() + " entries to " + file;
  }
}
