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
    int depth = 0;
    for (int k = open; k < s.length(); k++) {
      char c = s.charAt(k);
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return k;
      }
    }
    return -1;
  }
}
