package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text statement under a condition that is a comparison: "if x > 0 then f'(x) = 1",
 * "for x < 0: f'(x) = 0", "f'(x) = 1 when x > 0", "x > 0 => relu'(x) = 1", "f'(x) = 1 (x > 0)",
 * "for |w| < 4, |σ′(z) w| < 1", "x <= -3: f(x) = 0" (a comparison before a colon at the
 * line's start: that line's condition, never a claim of its own). The condition is read as
 * comparisons of names and numbers (chains {@code a < x < b}, {@code |x| < c}, {@code x ≠ 0},
 * {@code x, y > 0}, several joined by "and" or commas); what is not such a comparison ("x is
 * large", "for small ε", "as n → ∞", "for all i", "otherwise") is not read here. {@link ConditionScopes} checks the claim under it.
 */
final class PlainConditions {
  /** One comparison chain of the condition: its terms as typed and the operators between. */
  record Comparison(List<String> terms, List<String> ops, String raw) {}

  /** A claim and the comparisons it is stated under. */
  record Conditioned(String claim, List<Comparison> condition, String raw) {}

  private static final String ATOM = "(?:[-+]?\\s*(?:[0-9]+(?:\\.[0-9]+)?(?:\\s*/\\s*[0-9]+"
      + "(?:\\.[0-9]+)?)?|[A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*)|\\|\\s*[A-Za-z\\p{IsGreek}]"
      + "[A-Za-z0-9_\\p{IsGreek}]*\\s*\\||abs\\(\\s*[A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*"
      + "\\s*\\))";
  private static final String NAME = "[A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*";
  private static final String OP = "(?:<=|>=|!=|≠|≤|≥|<(?!=>)|>)";
  /** One comparison: a chain of atoms, or a list of names before one bound ("x, y > 0"). */
  private static final String ONE = "(?:" + NAME + "(?:\\s*,\\s*" + NAME + ")+\\s*" + OP + "\\s*"
      + ATOM + "|" + ATOM + "(?:\\s*" + OP + "\\s*" + ATOM + ")+)";
  private static final String COND = ONE + "(?:\\s*(?:,|\\band\\b|&&?)\\s*" + ONE + ")*";
  private static final String WORD = "(?i:if|when|whenever|where|for|provided(?:\\s+that)?|"
      + "assuming(?:\\s+that)?|given)";
  /** "if C then S", "if C, S", "for C: S", "for C S". */
  private static final Pattern LEADING = Pattern.compile("^" + WORD + "\\s+(" + COND + ")\\s*"
      + "(?:,?\\s*(?i:then)\\s+|:\\s*|,\\s*|\\s+)(.*)$");
  /** "S if C", "S, when C", "S (C)", "S (for C)". */
  private static final Pattern TRAILING = Pattern.compile("^(.*?\\S)\\s*,?\\s+" + WORD + "\\s+("
      + COND + ")\\s*\\.?\\s*$");
  private static final Pattern BRACKETED = Pattern.compile("^(.*?\\S)\\s*\\(\\s*(?:" + WORD
      + "\\s+)?(" + COND + ")\\s*\\)\\s*\\.?\\s*$");
  /** "C => S", "C ⇒ S", "C implies S". */
  private static final Pattern ARROW = Pattern.compile("^(" + COND + ")\\s*(?:=>|⇒|⟹|\\s(?i:"
      + "implies)\\s)\\s*(.*)$");
  /** "C: S" at the line's start, as "x <= -3: hswish(x) = 0" (a new user's cases, nc26). */
  private static final Pattern COLON = Pattern.compile("^(" + COND + ")\\s*:\\s+(.*)$");
  private static final Pattern RELATION = Pattern.compile("=|<|>|≤|≥|≈");
  private static final Pattern SPLIT_OP = Pattern.compile(OP);
  private static final Pattern LIST = Pattern.compile("^(" + NAME + "(?:\\s*,\\s*" + NAME
      + ")+)\\s*(" + OP + ")\\s*(" + ATOM + ")$");

  private PlainConditions() {}

  /** The claim and its condition, or null where the line is not a claim under a comparison. */
  static Conditioned parse(String text) {
    if (ProseWords.casesInWords(text)) {
      return null; // "… if x > 0 else 0": cases, read elsewhere
    }
    for (Pattern p : List.of(LEADING, ARROW, COLON)) {
      Matcher m = p.matcher(text.strip());
      if (m.matches()) {
        return of(m.group(2), m.group(1));
      }
    }
    for (Pattern p : List.of(TRAILING, BRACKETED)) {
      Matcher m = p.matcher(text.strip());
      if (m.matches()) {
        return of(m.group(1), m.group(2));
      }
    }
    return null;
  }

  private static Conditioned of(String claim, String condition) {
    String c = claim.strip().replaceFirst("[,;]\\s*$", "");
    if (!RELATION.matcher(c).find() || c.matches("(?i)^(?:then|so|and)\\b.*")) {
      return null;
    }
    List<Comparison> comparisons = new ArrayList<>();
    for (String piece : pieces(condition)) {
      Comparison one = comparison(piece.strip());
      if (one == null) {
        return null;
      }
      comparisons.add(one);
    }
    return comparisons.isEmpty() ? null
        : new Conditioned(c, List.copyOf(comparisons), condition.strip());
  }

  /** The comparisons joined by "and", "&&" or commas; a list of names before one bound stays. */
  private static List<String> pieces(String condition) {
    List<String> out = new ArrayList<>();
    for (String part : condition.split("\\s*(?:\\band\\b|&&?)\\s*")) {
      Matcher list = LIST.matcher(part.strip());
      if (list.matches()) {
        out.add(part);
        continue;
      }
      List<String> commas = new ArrayList<>(List.of(part.split("\\s*,\\s*")));
      for (int k = 0; k < commas.size(); k++) { // "x, y > 0" inside "a < 1, x, y > 0"
        String rest = String.join(", ", commas.subList(k, commas.size()));
        if (LIST.matcher(rest.strip()).matches()) {
          out.add(rest);
          break;
        }
        out.add(commas.get(k));
      }
    }
    return out;
  }

  /** One chain as terms and operators, a list of names distributed: null if unreadable. */
  private static Comparison comparison(String piece) {
    Matcher list = LIST.matcher(piece);
    if (list.matches()) {
      List<String> terms = new ArrayList<>();
      List<String> ops = new ArrayList<>();
      for (String n : list.group(1).split("\\s*,\\s*")) {
        terms.add(n);
        ops.add(op(list.group(2)));
        terms.add(list.group(3));
        ops.add(","); // a break between two comparisons of one piece
      }
      ops.remove(ops.size() - 1);
      return new Comparison(List.copyOf(terms), List.copyOf(ops), piece);
    }
    List<String> terms = new ArrayList<>();
    List<String> ops = new ArrayList<>();
    Matcher m = SPLIT_OP.matcher(piece);
    int from = 0;
    while (m.find()) {
      terms.add(piece.substring(from, m.start()).strip());
      ops.add(op(m.group()));
      from = m.end();
    }
    terms.add(piece.substring(from).strip());
    if (ops.isEmpty() || terms.stream().anyMatch(String::isEmpty)) {
      return null;
    }
    return new Comparison(List.copyOf(terms), List.copyOf(ops), piece);
  }

  /** The operator in one spelling: <, >, ≤, ≥ or ≠. */
  private static String op(String typed) {
    return switch (typed) {
      case "<=", "≤" -> "≤";
      case ">=", "≥" -> "≥";
      case "!=", "≠" -> "≠";
      default -> typed;
    };
  }
}
