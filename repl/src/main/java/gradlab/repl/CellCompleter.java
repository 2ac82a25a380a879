package gradlab.repl;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Completion in a cell, for a notebook: the console's candidates (function and command names,
 * the session's definitions, and JShell's suggestions on a Java line or after a dot) for the
 * word before the cursor.
 */
public final class CellCompleter {
  private CellCompleter() {}

  /**
   * Replace {@code code[start, end)} with one of {@code matches}.
   *
   * @param matches the candidates, without repeats
   * @param start where the replaced text begins
   * @param end where it ends (the cursor)
   */
  public record Completion(List<String> matches, int start, int end) {
    public Completion {
      matches = List.copyOf(matches);
    }
  }

  static Completion complete(String code, int cursor, List<String> names, JavaShell java) {
    int at = Math.max(0, Math.min(cursor, code.length()));
    int start = at;
    while (start > 0 && isNamePart(code.charAt(start - 1))) {
      start--;
    }
    if (start > 0 && code.charAt(start - 1) == ':') { // a command
      start--;
    }
    String word = code.substring(start, at);
    Set<String> out = new LinkedHashSet<>();
    boolean dotted = start > 0 && code.charAt(start - 1) == '.';
    if (!dotted && !word.isEmpty()) {
      names.stream().filter(n -> n.startsWith(word)).sorted().forEach(out::add);
    }
    String line = lineAt(code, at);
    int lineStart = code.lastIndexOf('\n', at - 1) + 1;
    if (dotted || JavaShell.looksLikeJava(line)) {
      List<String> javaSuggestions = new ArrayList<>();
      try {
        javaSuggestions = java.complete(line, at - lineStart, start - lineStart);
      } catch (RuntimeException e) {
        // JShell cannot analyse this text; the names above are still offered
      }
      out.addAll(javaSuggestions);
    }
    return new Completion(new ArrayList<>(out), start, at);
  }

  /** The name that contains or ends at {@code cursor}, or empty. */
  static String wordAt(String code, int cursor) {
    int at = Math.max(0, Math.min(cursor, code.length()));
    int start = at;
    while (start > 0 && isNamePart(code.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < code.length() && isNamePart(code.charAt(end))) {
      end++;
    }
    return code.substring(start, end);
  }

  private static String lineAt(String code, int at) {
    int from = code.lastIndexOf('\n', at - 1) + 1;
    int to = code.indexOf('\n', at);
    return code.substring(from, to < 0 ? code.length() : to);
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
