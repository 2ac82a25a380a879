package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/** Splitting text at a separator that is outside (), [] and {} and not escaped with \\. */
public final class TopLevel {
  private TopLevel() {}

  public static List<String> split(String s, char separator) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == separator && depth == 0 && (i == 0 || s.charAt(i - 1) != '\\')) {
        out.add(s.substring(start, i));
        start = i + 1;
      }
    }
    out.add(s.substring(start));
    return out;
  }

  /** The index of the round bracket that closes the one at {@code open}, or −1. */
  static int closing(String s, int open) {
    return closing(s, open, "(", ")");
  }

  /**
   * The index of the bracket that closes the one at {@code open}, or −1: every character of
   * {@code opens} opens and every one of {@code closes} closes, all counted as one depth (so
   * {@code "(["} with {@code ")]"} lets a half-open [0, 1) close a round bracket, as the scanners
   * it replaces did). The one bracket scan of the checker: ClaimForms.closing and the scanners
   * that classes kept privately now call it.
   */
  static int closing(String s, int open, String opens, String closes) {
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      char c = s.charAt(k);
      if (opens.indexOf(c) >= 0) {
        depth++;
      } else if (closes.indexOf(c) >= 0 && --depth == 0) {
        return k;
      }
    }
    return -1;
  }

  /** The index of the last {@code separator} that {@link #split} splits at, or −1. */
  static int last(String s, char separator) {
    List<String> parts = split(s, separator);
    return parts.size() < 2 ? -1 : s.length() - parts.get(parts.size() - 1).length() - 1;
  }
}
