package gradlab.repl;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

/** {@code :last} and {@code :restore}: what the last console session left in its autosave. */
final class LastSession {
  private LastSession() {}

  /** The last session's autosave file. */
  static Path file(Autosave autosave) {
    if (autosave == null) {
      throw new IllegalArgumentException("no autosave in this console (it has no gradlab home)");
    }
    return autosave.previous().orElseThrow(() -> new IllegalArgumentException(
        "no earlier session left entries (autosaves are kept in " + autosave.dir() + ")"));
  }

  /** The last session's entries as they were typed, numbered, and where they are. */
  static String show(Autosave autosave, Predicate<String> incompleteJava) {
    Path f = file(autosave);
    List<String> entries = SessionFile.read(f, incompleteJava);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < entries.size(); i++) {
      b.append(String.format(java.util.Locale.ROOT, "%3d  %s%n", i + 1,
          entries.get(i).replace("\n", "\n     ")));
    }
    return b + "(" + entries.size() + " entries in " + f + "; :restore replays them)";
  }
}
