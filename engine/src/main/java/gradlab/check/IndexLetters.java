package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Index letters in LaTeX subscripts: which letters a formula uses as indices (w_{ij}, g_{t-1},
 * g_{t, t-1}), and the formula with some of them given values (w_{12}, g_{4}, g_{5,4}), each
 * comma-separated part of a subscript evaluated (t − 1 at t = 5 is 4).
 */
final class IndexLetters {
  private static final Pattern SUBSCRIPT = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])");
  private static final Pattern ARITHMETIC = Pattern.compile(
      "\\s*-?\\d+(?:\\s*[+-]\\s*\\d+)+\\s*");

  private IndexLetters() {}

  /** The lowercase letters that stand alone in subscripts, or make up one (ij of w_{ij}). */
  static Set<String> subscriptLetters(String latex) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = SUBSCRIPT.matcher(latex);
    while (m.find()) {
      String sub = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("\\\\[A-Za-z]+",
          " ");
      if (sub.strip().matches("[a-z]{2,3}")) {
        sub.strip().chars().forEach(c -> out.add(String.valueOf((char) c)));
        continue;
      }
      Matcher a = alone("[a-z]").matcher(sub);
      while (a.find()) {
        out.add(a.group());
      }
    }
    return out;
  }

  /**
   * {@code latex} with each letter of {@code values} set: in a subscript as a number (with a
   * letters-only subscript such as ij split into its letters where each is one of
   * {@code indexLetters}), elsewhere as a number in braces (β^t → β^{3}).
   */
  static String set(String latex, Map<String, Integer> values, Set<String> indexLetters) {
    Matcher m = SUBSCRIPT.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String sub = m.group(1) != null ? m.group(1) : m.group(2);
      String set;
      if (!sub.contains("\\") && sub.strip().matches("[a-z]{2,3}") && sub.strip().chars()
          .allMatch(c -> indexLetters.contains(String.valueOf((char) c))
          || values.containsKey(String.valueOf((char) c)))) {
        StringBuilder s = new StringBuilder();
        for (char c : sub.strip().toCharArray()) {
          Integer v = values.get(String.valueOf(c));
          s.append(v == null ? String.valueOf(c) : String.valueOf(v));
        }
        set = s.toString();
      } else {
        set = sub;
        for (Map.Entry<String, Integer> e : values.entrySet()) {
          set = alone(e.getKey()).matcher(set).replaceAll(String.valueOf(e.getValue()));
        }
        StringBuilder parts = new StringBuilder();
        for (String part : set.split(",", -1)) {
          parts.append(parts.isEmpty() ? "" : ",").append(ARITHMETIC.matcher(part).matches()
              ? String.valueOf(value(part)) : part.strip());
        }
        set = sub.equals(set) ? sub : parts.toString();
      }
      m.appendReplacement(b, Matcher.quoteReplacement("_{" + set + "}"));
    }
    m.appendTail(b);
    String out = b.toString();
    for (Map.Entry<String, Integer> e : values.entrySet()) {
      out = outsideSubscripts(out, e.getKey(), e.getValue());
    }
    return out;
  }

  /** {@link #set} with only the letters of {@code values} as indices. */
  static String set(String latex, Map<String, Integer> values) {
    return set(latex, values, values.keySet());
  }

  private static String outsideSubscripts(String latex, String letter, int value) {
    Matcher m = SUBSCRIPT.matcher(latex);
    StringBuilder b = new StringBuilder();
    int at = 0;
    while (m.find()) {
      b.append(alone(letter).matcher(latex.substring(at, m.start())).replaceAll(
          "{" + value + "}"));
      b.append(m.group());
      at = m.end();
    }
    b.append(alone(letter).matcher(latex.substring(at)).replaceAll("{" + value + "}"));
    return b.toString();
  }

  private static int value(String arithmetic) {
    Matcher m = Pattern.compile("([+-]?)\\s*(\\d+)").matcher(arithmetic.strip());
    int v = 0;
    while (m.find()) {
      v += m.group(1).equals("-") ? -Integer.parseInt(m.group(2)) : Integer.parseInt(m.group(2));
    }
    return v;
  }

  private static Pattern alone(String letter) {
    return Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])");
  }
}
