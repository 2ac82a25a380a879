package gradlab.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function of one variable defined by cases whose conditions compare the variable with a
 * number, as texts write ReLU, leaky ReLU and the step function:
 * {@code f(x) = \begin{cases} x & x > 0 \\ 0 & x \le 0 \end{cases}}. The definition stays
 * unread as a rule (its derivative, its integral are not taken), but a later call at a number,
 * {@code f(3)}, {@code f(-2)}, is the value of the one case whose condition holds there, put in
 * before reading ({@code (3)}, {@code (0)}); a number where no case, or two cases with
 * different values, hold is left as it is (then f is not defined: "not checked"). One per
 * document; not thread-safe.
 */
final class CasesFunctions {
  private static final Pattern HEAD = Pattern.compile(
      "\\s*([A-Za-z]|\\\\[A-Za-z]+|[A-Za-z]_\\{?[A-Za-z0-9]\\}?)\\s*\\(\\s*([A-Za-z])\\s*\\)\\s*=\\s*"
      + "\\\\begin\\{cases\\}.*", Pattern.DOTALL);
  private static final Pattern COMPARE = Pattern.compile(
      "^\\s*(\\S+?)\\s*(<|>|\\\\leq?|\\\\geq?|\\\\lt|\\\\gt|≤|≥)\\s*(\\S+?)\\s*$");
  private static final String NUMBER = NumberPatterns.DECIMAL_REGEX;
  private static final Pattern NUMBER_ARG = Pattern.compile("\\s*(" + NUMBER + ")\\s*\\)");

  /** A function read by cases: its variable and its rows {value, condition}. */
  private record Cases(String variable, List<String[]> rows) {}

  /** The functions taken, by the name as written (f, \sigma). */
  private final Map<String, Cases> functions = new LinkedHashMap<>();
  /** Functions by cases of any inequality, read inside claims stated case by case. */
  final RegionCases regions = new RegionCases();
  /** Cases typed in plain text, read into {@link #regions}. */
  final PlainCases plain = new PlainCases();

  /**
   * Records {@code f(x) = \begin{cases} …} when each condition compares x with a number;
   * returns whether it did (the display is then a definition by cases, not a claim).
   */
  boolean define(String body) {
    Matcher h = HEAD.matcher(body.strip());
    List<String[]> rows = CasesClaims.rows(body);
    if (!h.matches() || rows == null) {
      return false;
    }
    String x = h.group(2);
    for (String[] row : rows) {
      if (holds(row[1], x, 0) == null) {
        return false;
      }
    }
    functions.put(h.group(1).replaceAll("\\s+", ""), new Cases(x, rows));
    return true;
  }

  /** Whether the text defined {@code name} (as written) by cases, of either kind. */
  boolean defines(String name) {
    return functions.containsKey(name) || regions.defines(name);
  }

  /** {@code statement} with every call of such a function at a number replaced by its value. */
  String rewrite(String statement) {
    String out = statement;
    regions.forgetRedefined(statement);
    functions.keySet().removeIf(f -> Pattern.compile("^\\s*" + Pattern.quote(f)
        + "\\s*\\(\\s*[A-Za-z\\\\][^()]*\\)\\s*=").matcher(statement).find()); // f defined anew
    for (Map.Entry<String, Cases> e : functions.entrySet()) {
      Matcher m = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(e.getKey())
          + "\\s*(?:\\\\left\\s*)?\\(").matcher(out);
      StringBuilder b = new StringBuilder();
      int from = 0;
      while (m.find(from)) {
        Matcher n = NUMBER_ARG.matcher(out.substring(m.end()).replaceFirst("\\\\right\\s*\\)",
            ")"));
        String value = n.lookingAt() ? value(e.getValue(), Double.parseDouble(n.group(1)),
            n.group(1)) : null;
        if (value == null) {
          b.append(out, from, m.end());
          from = m.end();
          continue;
        }
        int close = out.indexOf(')', m.end());
        b.append(out, from, m.start()).append("\\left(").append(value).append("\\right)");
        from = close + 1;
      }
      out = b.append(out.substring(from)).toString();
    }
    return out;
  }

  /** The value of the one case that holds at {@code at}; null where none or two disagree. */
  private static String value(Cases c, double at, String written) {
    String found = null;
    for (String[] row : c.rows()) {
      Boolean holds = holds(row[1], c.variable(), at);
      if (holds == null) {
        return null;
      }
      if (holds) {
        String v = Pattern.compile("(?<![A-Za-z\\\\])" + c.variable() + "(?![A-Za-z])")
            .matcher(row[0]).replaceAll(Matcher.quoteReplacement("(" + written + ")"));
        if (found != null && !found.equals(v)) {
          return null; // ReLU′ written 1 for x ≥ 0 and 0 for x ≤ 0: which is meant at 0?
        }
        found = v;
      }
    }
    return found;
  }

  /** Whether {@code condition} (x against a number) holds at x = at; null if not of that form. */
  static Boolean holds(String condition, String x, double at) {
    Matcher m = COMPARE.matcher(condition);
    if (!m.matches()) {
      return null;
    }
    String rel = m.group(2);
    double lhs;
    double rhs;
    if (m.group(1).equals(x) && m.group(3).matches(NUMBER)) {
      lhs = at;
      rhs = Double.parseDouble(m.group(3));
    } else if (m.group(3).equals(x) && m.group(1).matches(NUMBER)) {
      lhs = Double.parseDouble(m.group(1));
      rhs = at;
    } else {
      return null;
    }
    return switch (rel) {
      case "<", "\\lt" -> lhs < rhs;
      case ">", "\\gt" -> lhs > rhs;
      case "\\le", "\\leq", "≤" -> lhs <= rhs;
      case "\\ge", "\\geq", "≥" -> lhs >= rhs;
      default -> null;
    };
  }
}
