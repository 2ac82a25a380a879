package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Elided terms whose pattern the written terms make clear: {@code x_1 + x_2 + \cdots + x_n}
 * and {@code w_1 x_1 + \ldots + w_n x_n} are {@code \sum_{k=1}^{n}} of the term with its index,
 * which {@link SymbolicSums} writes out for n = 1…5. The first term must carry the index 1
 * where the last carries the bound (a letter), in the same places, and every
 * other written term must be that term at 2, 3, …; anything else (an argument list
 * {@code x_1, \ldots, x_T}, a decimal cut off {@code 1.22\ldots}) stays refused as elided
 * terms, never guessed.
 */
final class ElidedTerms {
  private static final Pattern DOTS = Pattern.compile("\\\\(?:ldots|cdots|dots)(?![A-Za-z])");
  private static final Pattern TOKEN = Pattern.compile("\\\\[A-Za-z]+|\\d+|[A-Za-z]|\\S");
  private static final Pattern BOUND = Pattern.compile("[A-Za-z]");
  private static final Pattern SINGLE_BRACED = Pattern.compile("([_^])\\{\\s*([A-Za-z0-9])\\s*\\}");

  private ElidedTerms() {}

  /**
   * {@code latex} with the clear sum of elided terms (in the innermost bracket around the dots,
   * or at the top) written as Σ, else as it is.
   */
  static String asSums(String latex) {
    Matcher dots = DOTS.matcher(latex);
    if (!dots.find()) {
      return latex;
    }
    int open = -1;
    int depth = 0;
    for (int k = dots.start() - 1; k >= 0; k--) {
      char c = latex.charAt(k);
      if (c == ')' || c == '}' || c == ']') {
        depth++;
      } else if ((c == '(' || c == '{' || c == '[') && depth-- == 0) {
        open = k;
        break;
      }
    }
    if (open < 0) {
      return inGroup(latex);
    }
    int close = ClaimForms.closing(latex, open);
    if (close < 0) {
      return latex;
    }
    String inner = latex.substring(open + 1, close);
    String right = inner.strip().endsWith("\\right") ? "\\right" : "";
    String body = right.isEmpty() ? inner : inner.strip().substring(0, inner.strip().length()
        - right.length());
    return latex.substring(0, open + 1) + inGroup(body) + right + latex.substring(close);
  }

  /** The sum of elided terms that is this group's whole content, as Σ, else the group. */
  private static String inGroup(String latex) {
    List<String> terms = TopLevel.split(latex, '+');
    int at = -1;
    for (int k = 0; k < terms.size(); k++) {
      if (DOTS.matcher(terms.get(k)).matches() || terms.get(k).strip().matches(
          "\\\\(?:ldots|cdots|dots)")) {
        at = k;
      }
    }
    if (at < 1 || at != terms.size() - 2 || terms.stream().filter(t -> DOTS.matcher(t).find())
        .count() != 1) {
      return latex;
    }
    // the run of terms starts where the written terms stop matching the pattern
    String last = normal(terms.get(at + 1));
    for (int start = 0; start < at; start++) {
      String sum = sum(terms.subList(start, at), last);
      if (sum != null) {
        List<String> out = new ArrayList<>(terms.subList(0, start));
        out.add(" " + sum + " ");
        return String.join("+", out);
      }
    }
    return latex;
  }

  /** Σ of the written terms {@code first…} and {@code last}, or null where no pattern fits. */
  private static String sum(List<String> written, String last) {
    List<String> a = tokens(normal(written.get(0)));
    List<String> b = tokens(last);
    if (a.size() != b.size() || a.isEmpty()) {
      return null;
    }
    String bound = null;
    List<Integer> places = new ArrayList<>();
    for (int k = 0; k < a.size(); k++) {
      if (a.get(k).equals(b.get(k))) {
        continue;
      }
      if (!a.get(k).equals("1") || bound != null && !bound.equals(b.get(k))) {
        return null;
      }
      bound = b.get(k);
      places.add(k);
    }
    if (bound == null || !BOUND.matcher(bound).matches()) {
      return null;
    }
    String index = "k";
    for (String letter : List.of("k", "i", "j", "m", "q")) {
      if (!a.contains(letter) && !letter.equals(bound)) {
        index = letter;
        break;
      }
    }
    for (int j = 1; j < written.size(); j++) {
      if (!tokens(normal(written.get(j))).equals(with(a, places, String.valueOf(j + 1)))) {
        return null;
      }
    }
    return "\\sum_{" + index + "=1}^{" + bound + "} " + joined(with(a, places, "{" + index
        + "}"));
  }

  private static List<String> with(List<String> tokens, List<Integer> places, String value) {
    List<String> out = new ArrayList<>(tokens);
    places.forEach(p -> out.set(p, value));
    return out;
  }

  /** Tokens written back, a space after each command word (\\cdot x, not \\cdotx). */
  private static String joined(List<String> tokens) {
    StringBuilder b = new StringBuilder();
    for (String t : tokens) {
      b.append(t).append(t.matches("\\\\[A-Za-z]+") ? " " : "");
    }
    return b.toString();
  }

  private static String normal(String term) {
    return SINGLE_BRACED.matcher(term.strip()).replaceAll("$1$2");
  }

  private static List<String> tokens(String s) {
    return TOKEN.matcher(s).results().map(java.util.regex.MatchResult::group).toList();
  }
}
