package gradlab.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values the text computed for its quantities: a chain that ends in a number
 * ({@code net_{h1} = … = 0.3775}, {@code ∂E_{o1}/∂out_{h1} = … = 0.055399425}) gives each named
 * term and each ∂A/∂B term of it that number, as written. A later step whose sides become numbers
 * once these values are put in ({@code 1/(1+e^{-net_{h1}}) = 1/(1+e^{-0.3775})}) is checked with
 * them, each value standing for every number that rounds to it. A value is forgotten when its
 * name is defined anew, and all are forgotten where the named points change (a new section, a
 * new "at"). Keys are terms in engine syntax. One per document; not thread-safe.
 */
final class StatedValues {
  private static final Pattern NAME = EngineNames.NAME;
  private static final Pattern PARTIAL = Pattern.compile(
      "pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");
  private static final Pattern NUMBER = NumberPatterns.DECIMAL;
  /** Each term's value as written, with the line that stated it. */
  private final Map<String, String> values = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new LinkedHashMap<>();
  /** Each term as the text wrote it, for the evidence. */
  private final Map<String, String> shown = new LinkedHashMap<>();
  /** The terms whose value a refuted step stated: nothing is proved through them. */
  private final java.util.Set<String> refuted = new java.util.HashSet<>();
  /** The plain names whose value the text only stated, {@code T_cur = 0}, computing nothing. */
  private final java.util.Set<String> onlyStated = new java.util.HashSet<>();

  /** Records the values a chain states: every name or ∂ term equals its last, numeric term. */
  void chain(List<String> terms, List<String> raw, List<Relation> relations, int line) {
    chain(terms, raw, relations, line, false);
  }

  /** As {@link #chain}; {@code wasRefuted}: the chain has a refuted step, its values too. */
  void chain(List<String> terms, List<String> raw, List<Relation> relations, int line,
      boolean wasRefuted) {
    if (terms.isEmpty() || terms.contains(null) || relations.stream().anyMatch(
        r -> r != Relation.EQUAL && r != Relation.APPROX)) {
      return;
    }
    String last = terms.get(terms.size() - 1).strip();
    if (!NUMBER.matcher(last).matches()) {
      return;
    }
    for (int k = 0; k < terms.size() - 1; k++) {
      String key = key(terms.get(k));
      if (key != null) {
        values.put(key, last);
        lines.put(key, line);
        shown.put(key, raw.get(k).strip());
        if (terms.size() == 2 && !key.startsWith("pd(")) {
          onlyStated.add(key);
        } else {
          onlyStated.remove(key);
        }
        if (wasRefuted) {
          refuted.add(key);
        } else {
          refuted.remove(key);
        }
      }
    }
  }

  /** The value stated for {@code key} (a name or pd term in engine syntax), or null. */
  String valueOf(String key) {
    return values.get(key);
  }

  /** The terms whose stated value is written exactly {@code number}, in the order stated. */
  List<String> keysWithValue(String number) {
    return values.entrySet().stream().filter(e -> e.getValue().equals(number))
        .map(Map.Entry::getKey).toList();
  }

  /** The plain names (no ∂ terms) with a stated value, in the order stated. */
  List<String> names() {
    return values.keySet().stream().filter(k -> !k.startsWith("pd(")).toList();
  }

  /** The line that stated {@code key}'s value, or -1. */
  int lineOf(String key) {
    return lines.getOrDefault(key, -1);
  }

  /** Records a value the text puts in ({@link Substitutions}), shown as {@code shownAs}. */
  void put(String key, String value, String shownAs, int line) {
    refuted.remove(key);
    onlyStated.remove(key);
    values.put(key, value);
    lines.put(key, line);
    shown.put(key, shownAs);
  }

  void forget(String name) {
    refuted.remove(name);
    onlyStated.remove(name);
    values.remove(name);
    lines.remove(name);
    shown.remove(name);
  }

  void clear() {
    refuted.clear();
    onlyStated.clear();
    values.clear();
    lines.clear();
    shown.clear();
  }

  boolean isEmpty() {
    return values.isEmpty();
  }

  /** {@code side} with every term that has a value replaced by it, in brackets. */
  String substitute(String side) {
    String s = side;
    // ∂L/∂z before z: z's value put in first made pd(L, (0.5)), and a step using the value
    // the text computed for ∂L/∂z was refuted (found by a new user)
    List<Map.Entry<String, String>> order = new java.util.ArrayList<>(values.entrySet());
    order.sort(java.util.Comparator.comparing((Map.Entry<String, String> e) -> !e.getKey()
        .startsWith("pd(")).thenComparing(e -> -e.getKey().length()));
    for (Map.Entry<String, String> v : order) {
      Pattern p = v.getKey().startsWith("pd(") ? partialPattern(v.getKey())
          : Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(v.getKey())
              + "(?![A-Za-z0-9(])");
      s = p.matcher(s).replaceAll(Matcher.quoteReplacement("(" + v.getValue() + ")"));
    }
    return s;
  }

  /**
   * Whether {@code lhs = rhs} states a number for a name whose earlier value the text only stated
   * too: SGDR's "at T_cur = 0: …" and then "numbers: …, T_cur = 2.5" are two cases, not a claim
   * that 0 = 2.5 (it was refuted so, with T_cur = epochs read from the prose).
   */
  boolean restatesAStatedValue(String lhs, String rhs) {
    String l = lhs.strip();
    String r = rhs.strip();
    return onlyStated.contains(l) && NUMBER.matcher(r).matches()
        || onlyStated.contains(r) && NUMBER.matcher(l).matches();
  }

  /** Whether a refuted step stated {@code key}'s value. */
  boolean isRefuted(String key) {
    return refuted.contains(key);
  }

  /** The line of the first value {@code side} uses that a refuted step stated, or -1. */
  int refutedLine(String side) {
    for (String key : values.keySet()) {
      if (refuted.contains(key) && !side.equals(withoutKey(side, key))) {
        return lines.get(key);
      }
    }
    return -1;
  }

  /** "out_{o1} = 0.75 (line 9)" for each value {@code side} uses, for the evidence. */
  String used(String side) {
    StringBuilder b = new StringBuilder();
    for (Map.Entry<String, String> v : values.entrySet()) {
      if (!side.equals(withoutKey(side, v.getKey()))) {
        b.append(b.length() == 0 ? "" : ", ").append(shown.get(v.getKey()))
            .append(" = ").append(v.getValue()).append(" (line ").append(lines.get(v.getKey()))
            .append(')');
      }
    }
    return b.toString();
  }

  private String withoutKey(String side, String key) {
    Pattern p = key.startsWith("pd(") ? partialPattern(key) : Pattern.compile(
        "(?<![A-Za-z0-9])" + Pattern.quote(key) + "(?![A-Za-z0-9(])");
    return p.matcher(side).replaceAll("");
  }

  private static Pattern partialPattern(String key) {
    Matcher m = PARTIAL.matcher(key);
    m.matches();
    return Pattern.compile("pd\\(\\s*" + Pattern.quote(m.group(1)) + "\\s*,\\s*"
        + Pattern.quote(m.group(2)) + "\\s*\\)");
  }

  private static String key(String term) {
    String t = term.strip();
    if (NAME.matcher(t).matches()) {
      return t;
    }
    Matcher m = PARTIAL.matcher(t);
    return m.matches() ? "pd(" + m.group(1) + ", " + m.group(2) + ")" : null;
  }
}
