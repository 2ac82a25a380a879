package gradlab.repl;

import java.util.ArrayList;
import java.util.List;

/**
 * A notebook cell as the console's entries: lines are joined while the entry is incomplete by
 * the console's continuation rule (Java while JShell calls it incomplete, math while more
 * brackets are open than closed; see {@link ConsoleParser}). Blank lines between entries and
 * lines starting with {@code //} outside an entry are skipped.
 */
public final class CellSplitter {
  /** The answer to Jupyter's {@code is_complete_request}. */
  public enum Completeness { COMPLETE, INCOMPLETE, INVALID }

  private CellSplitter() {}

  static List<String> entries(String cell, JavaShell java) {
    List<String> out = new ArrayList<>();
    StringBuilder entry = new StringBuilder();
    for (String line : cell.split("\n", -1)) {
      if (entry.isEmpty() && (line.isBlank() || line.strip().startsWith("//"))) {
        continue;
      }
      if (!entry.isEmpty()) {
        entry.append('\n');
      }
      entry.append(line);
      if (completeness(entry.toString(), java) != Completeness.INCOMPLETE) {
        out.add(entry.toString());
        entry.setLength(0);
      }
    }
    if (!entry.isEmpty()) {
      out.add(entry.toString());
    }
    return out;
  }

  /** Whether an entry is complete: commands, magics and {@code ?name} always are. */
  static Completeness completeness(String code, JavaShell java) {
    return completeness(code, java, true);
  }

  /**
   * @param mayStart whether JShell may be started to answer (else, before it has started, a
   *     Java entry is incomplete while it has more opening than closing brackets)
   */
  static Completeness completeness(String code, JavaShell java, boolean mayStart) {
    String s = code.strip();
    if (s.isEmpty() || s.startsWith(":") || s.startsWith("?") || s.startsWith("%%")) {
      return Completeness.COMPLETE;
    }
    if (JavaShell.looksLikeJava(s) || s.lines().anyMatch(JavaShell::looksLikeJava)) {
      if (!java.started() && !mayStart) {
        // JShell takes seconds to start and front-ends wait about one for this answer
        return ConsoleParser.openBrackets(s) > 0 ? Completeness.INCOMPLETE : Completeness.COMPLETE;
      }
      return java.incomplete(s) ? Completeness.INCOMPLETE : Completeness.COMPLETE;
    }
    return ConsoleParser.openBrackets(s) > 0 ? Completeness.INCOMPLETE : Completeness.COMPLETE;
  }
}
