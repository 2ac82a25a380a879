package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Splits a statement at its top-level relation symbols (LaTeX or engine syntax). */
final class ChainSplitter {
  /** Longest first, so that "<=" wins over "<". */
  private static final List<Map.Entry<String, Relation>> SYMBOLS = List.of(
      Map.entry("\\approx", Relation.APPROX), Map.entry("\\simeq", Relation.APPROX),
      Map.entry("\\leq", Relation.LESS_EQUAL), Map.entry("\\geq", Relation.GREATER_EQUAL),
      Map.entry("\\le", Relation.LESS_EQUAL), Map.entry("\\ge", Relation.GREATER_EQUAL),
      Map.entry("<=", Relation.LESS_EQUAL), Map.entry(">=", Relation.GREATER_EQUAL),
      Map.entry("~=", Relation.APPROX), Map.entry("≈", Relation.APPROX),
      Map.entry("≤", Relation.LESS_EQUAL), Map.entry("≥", Relation.GREATER_EQUAL),
      Map.entry("\\equiv", Relation.EQUAL), Map.entry("\\triangleq", Relation.EQUAL),
      Map.entry("≡", Relation.EQUAL), // a definition or an identity: both read as =
      Map.entry("==", Relation.EQUAL), Map.entry("=", Relation.EQUAL),
      Map.entry("<", Relation.LESS),
      Map.entry(">", Relation.GREATER));

  /** The terms and the relations between them. */
  record Chain(List<String> terms, List<Relation> relations) {}

  private ChainSplitter() {}

  static Chain split(String s) {
    return split(s, unclosed(s));
  }

  /**
   * The '(' of a plain (no LaTeX) statement that are never closed: TensorFlow's chain member
   * {@code (1 - z) * (x + log(1 + exp(-x))} joined to {@code = (1 + z) * x + …} below it hid
   * the relation inside the open bracket, and the step vanished from the report. Such a '('
   * does not nest what follows it (the member stays unreadable; see {@link UnclosedBrackets}).
   */
  private static java.util.Set<Integer> unclosed(String s) {
    java.util.Set<Integer> open = new java.util.LinkedHashSet<>();
    if (s.indexOf('\\') >= 0) {
      return open;
    }
    java.util.Deque<Integer> stack = new java.util.ArrayDeque<>();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '{' || c == '(' || c == '[') {
        stack.push(c == '(' ? i : -1);
      } else if ((c == '}' || c == ')' || c == ']') && !stack.isEmpty()) {
        stack.pop();
      }
    }
    stack.forEach(i -> {
      if (i >= 0) {
        open.add(i);
      }
    });
    return stack.contains(-1) ? java.util.Set.of() : open;
  }

  private static Chain split(String s, java.util.Set<Integer> unclosed) {
    List<String> terms = new ArrayList<>();
    List<Relation> rels = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c == '{' || c == '(' || c == '[') && !unclosed.contains(i)) {
        depth++;
        continue;
      }
      if (c == '}' || c == ')' || c == ']') {
        depth--;
        continue;
      }
      if (depth != 0) {
        continue;
      }
      for (Map.Entry<String, Relation> sym : SYMBOLS) {
        String k = sym.getKey();
        boolean command = k.startsWith("\\");
        if (s.startsWith(k, i) && !(command && i + k.length() < s.length()
            && Character.isLetter(s.charAt(i + k.length())))
            && !(k.equals("=") && (i + 1 < s.length() && s.charAt(i + 1) == '='))
            && !(k.equals(">") && i > 0 && s.charAt(i - 1) == '-')) {
          terms.add(s.substring(start, i).strip());
          rels.add(sym.getValue());
          i += k.length() - 1;
          start = i + 1;
          break;
        }
      }
    }
    terms.add(s.substring(start).strip());
    return new Chain(terms, rels);
  }
}
