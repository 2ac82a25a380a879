package gradlab;

import java.util.ArrayList;
import java.util.List;

/**
 * The string literals of a Java source file (ordinary strings and text blocks) with the line each
 * starts on; comments and character literals are skipped. Escapes are kept as written, so
 * {@code "a\\.b"} is the literal {@code a\\.b}. For the source scans of the tests.
 */
final class JavaStringLiterals {
  private JavaStringLiterals() {}

  /** One literal's text, as written between its quotes, and its first line (1-based). */
  record Literal(int line, String text) {}

  static List<Literal> of(String source) {
    List<Literal> out = new ArrayList<>();
    int line = 1;
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (c == '\n') {
        line++;
        i++;
      } else if (source.startsWith("//", i)) {
        while (i < n && source.charAt(i) != '\n') {
          i++;
        }
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        line += count(source, i, end);
        i = end;
      } else if (c == '\'') {
        int j = i + 1;
        while (j < n && source.charAt(j) != '\'') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? n : end;
        out.add(new Literal(line, source.substring(i + 3, end)));
        line += count(source, i, end);
        i = Math.min(n, end + 3);
      } else if (c == '"') {
        int j = i + 1;
        while (j < n && source.charAt(j) != '"' && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        out.add(new Literal(line, source.substring(i + 1, Math.min(j, n))));
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static int count(String s, int from, int to) {
    int k = 0;
    for (int i = from; i < to; i++) {
      k += s.charAt(i) == '\n' ? 1 : 0;
    }
    return k;
  }
}
