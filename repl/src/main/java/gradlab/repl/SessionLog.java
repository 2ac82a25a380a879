package gradlab.repl;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a console session that a session file keeps (see {@link SessionFile#keeps}),
 * for {@code :save}, appended to this session's {@link Autosave} as they come.
 */
final class SessionLog {
  private final List<String> entries = new ArrayList<>();
  private final Autosave autosave;

  /** @param autosave where each entry goes at once, or null for none */
  SessionLog(Autosave autosave) {
    this.autosave = autosave;
  }

  /** Keeps an entry if a session file keeps its kind, and autosaves. */
  void recordInPlace(String line) {
    if (SessionFile.keeps(line)) {
      entries.add(line);
      if (autosave != null) {
        autosave.saveInPlace(entries);
      }
    }
  }

  void clearInPlace() {
    entries.clear();
    if (autosave != null) {
      autosave.saveInPlace(entries);
    }
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
