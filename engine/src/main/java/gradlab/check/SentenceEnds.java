package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Sentences on one plain-text line, "Let z = w*x + b and a = sigma(z). Loss L = (a - y)^2 / 2.":
 * the full stop before a capital had defined a as "sigma(z). Loss L". A full stop after a letter,
 * a digit or a bracket, outside brackets, followed by a space and a capital letter, ends a
 * sentence; "i.e. The" and "e.g. W" do not (a letter and a full stop before it). Stateless.
 */
final class SentenceEnds {
  private SentenceEnds() {}

  /** The sentences of {@code text}; one element where it has a single sentence. */
  static List<String> split(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth = Math.max(0, depth - 1);
      } else if (c == '.' && depth == 0 && ends(text, i)) {
        out.add(text.substring(start, i).strip());
        start = i + 1;
      }
    }
    out.add(text.substring(start).strip());
    out.removeIf(String::isEmpty);
    return out.isEmpty() ? List.of(text) : out;
  }

  private static boolean ends(String s, int dot) {
    if (dot == 0 || dot + 2 >= s.length()) {
      return false;
    }
    char before = s.charAt(dot - 1);
    if (!Character.isLetterOrDigit(before) && before != ')' && before != ']' && before != '}') {
      return false;
    }
    if (dot >= 2 && s.charAt(dot - 2) == '.') {
      return false; // "i.e." "e.g."
    }
    int k = dot + 1;
    if (!Character.isWhitespace(s.charAt(k))) {
      return false; // 0.5, a.b
    }
    while (k < s.length() && Character.isWhitespace(s.charAt(k))) {
      k++;
    }
    return k < s.length() && Character.isUpperCase(s.charAt(k));
  }
}
