package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word of reasoning between two claims on one line, "f(x) = x^2 then f'(x) = 2x", "a = 2 so
 * a^2 = 4": the claims are separate, as they are on lines of their own ("then f'(x) = 2x") or
 * after a comma. Read as one chain, "x^2 then f'(x)" was f's body, a function defined through its
 * own derivative, and the console spent its whole time limit on it (found by a student). "and"
 * and "where" between two relations were names ("a = 0.5 and relu'(z) = 1" got a ✓ on the
 * fragment "a = 0.5 and diff(relu(z), z)", found by a TA). A word
 * the text defines stays a name, and a case in words (if … then …) is left to its own reading.
 */
final class MidLineConnectives {
  /** The words, each between spaces (a comma before one is part of it). */
  private static final Pattern WORD = Pattern.compile("(?i),?\\s+(?:then|so|hence|thus|"
      + "therefore|which gives|giving|and so|implies|and|where)\\s*[,:]?\\s+(?=\\S)");
  private static final Pattern RELATION = Pattern.compile("=|<|>|≤|≥|≈");
  private static final Pattern CONDITION = Pattern.compile("(?i)(?<![A-Za-z0-9_])(?:if|when|"
      + "whenever)(?![A-Za-z0-9_(])");

  private MidLineConnectives() {}

  /**
   * The claims of {@code text} split at its connective words, or {@code text} alone where there
   * is none, a piece holds no relation, the word is inside brackets or the line states a case.
   */
  static List<String> claims(String text, Predicate<String> defined) {
    if (CONDITION.matcher(text).find()) {
      return List.of(text);
    }
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int start = 0;
    while (m.find()) {
      String word = m.group().replaceAll("[,:]", "").strip();
      if (depth(text, m.start()) != 0 || java.util.Arrays.stream(word.split("\\s+"))
          .anyMatch(defined)) {
        continue;
      }
      out.add(text.substring(start, m.start()));
      start = m.end();
    }
    if (out.isEmpty()) {
      return List.of(text);
    }
    out.add(text.substring(start));
    return out.stream().allMatch(p -> RELATION.matcher(p).find()) ? out.stream()
        .map(String::strip).toList() : List.of(text);
  }

  private static int depth(String s, int end) {
    int depth = 0;
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      depth += c == '(' || c == '[' || c == '{' ? 1 : c == ')' || c == ']' || c == '}' ? -1 : 0;
    }
    return depth;
  }
}
