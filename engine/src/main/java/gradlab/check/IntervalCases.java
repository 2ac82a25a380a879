package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function of one variable defined by cases that is zero outside bounded intervals with
 * numeric ends, as texts write a uniform or triangular density:
 * {@code p(x) = \begin{cases} 1 & x \in [0,1] \\ 0 & \text{otherwise} \end{cases}} (also
 * {@code 0 \le x \le 1}). What is read of it: an integral over the whole line,
 * {@code \int_{-\infty}^\infty x^2 p(x) \, dx}, is the sum over the non-zero cases of the
 * integral over their interval with p(x) replaced by that case's value,
 * {@code \int_{0}^{1} x^2 (1) \, dx}; the ends of an interval do not matter to an integral.
 * Read only where every non-zero case is such an interval, the intervals do not overlap and no
 * zero case holds inside one (a definition that contradicts itself is not read); anything else
 * leaves the text as written ("not checked"). One per document; not thread-safe.
 */
final class IntervalCases {
  private static final Pattern HEAD = Pattern.compile(
      "\\s*([A-Za-z]|[A-Za-z]_\\{?[A-Za-z0-9]\\}?)\\s*\\(\\s*([A-Za-z])\\s*\\)\\s*=\\s*"
      + "\\\\begin\\{cases\\}(.*?)\\\\end\\{cases\\}[\\s.,;]*", Pattern.DOTALL);
  private static final String NUMBER = NumberPatterns.DECIMAL_REGEX;
  private static final Pattern OTHERWISE = Pattern.compile(
      "\\s*(?:\\\\(?:text|mbox|textrm|mathrm)\\s*\\{\\s*(?:otherwise|else)\\s*\\.?\\s*\\}|"
      + "otherwise|else)\\s*[.,;]?\\s*");
  private static final Pattern WORDS = Pattern.compile(
      "\\\\(?:text|mbox|textrm|mathrm)\\s*\\{\\s*(?:if|for|when|where)?\\s*\\}|^\\s*(?:if|for)\\s+");
  private static final Pattern WHOLE_LINE = Pattern.compile("\\\\int\\s*_\\s*\\{\\s*-\\s*\\\\infty"
      + "\\s*\\}\\s*\\^\\s*(?:\\{\\s*\\+?\\s*\\\\infty\\s*\\}|\\\\infty)");
  private static final Pattern DIFFERENTIAL = Pattern.compile(
      "(?<![A-Za-z\\\\])(?:\\\\mathrm\\s*\\{\\s*d\\s*\\}|\\\\text\\s*\\{\\s*d\\s*\\}|d)\\s*"
      + "([A-Za-z])(?![A-Za-z])");

  /** Before a call: not a command's letters, but one letter may be a factor (x p(x), not exp). */
  private static final String AFTER_FACTOR = "(?<!\\\\)(?<![A-Za-z]{2})(?<!\\\\[A-Za-z])";

  /** A non-zero case: its value and its interval [lo, hi]. */
  private record Piece(String value, double lo, double hi) {}

  /** A function read by its cases: its variable and its non-zero pieces. */
  private record Cases(String variable, List<Piece> pieces) {}

  private final Map<String, Cases> functions = new LinkedHashMap<>();

  /** Records such a definition; returns whether it did (it is then not a claim). */
  boolean define(String body) {
    Matcher h = HEAD.matcher(body.strip());
    if (!h.matches()) {
      return false;
    }
    String x = h.group(2);
    List<Piece> pieces = new ArrayList<>();
    List<String> zeroConditions = new ArrayList<>();
    for (String row : h.group(3).split("\\\\\\\\")) {
      if (row.isBlank()) {
        continue;
      }
      int amp = row.indexOf('&');
      if (amp < 0 || row.indexOf('&', amp + 1) >= 0) {
        return false;
      }
      String value = row.substring(0, amp).strip().replaceAll("[,.;]$", "").strip();
      String condition = WORDS.matcher(row.substring(amp + 1)).replaceAll("").strip()
          .replaceAll("[,.;]$", "").strip();
      if (value.matches("0(?:\\.0+)?")) {
        zeroConditions.add(condition);
        continue;
      }
      double[] interval = interval(condition, x);
      if (interval == null || value.isEmpty()) {
        return false;
      }
      pieces.add(new Piece(value, interval[0], interval[1]));
    }
    if (pieces.isEmpty() || !disjoint(pieces) || !zeroOutside(zeroConditions, x, pieces)) {
      return false;
    }
    functions.put(h.group(1).replaceAll("\\s+", ""), new Cases(x, pieces));
    return true;
  }

  /** {@code statement} with each integral over the whole line of such a function written out. */
  String rewrite(String statement) {
    functions.keySet().removeIf(f -> Pattern.compile("^\\s*" + Pattern.quote(f)
        + "\\s*\\(\\s*[A-Za-z\\\\][^()]*\\)\\s*=").matcher(statement).find()); // anew
    if (functions.isEmpty()) {
      return statement;
    }
    String out = statement;
    Matcher m = WHOLE_LINE.matcher(out);
    int from = 0;
    while (m.find(from)) {
      String replaced = integral(out.substring(m.end()));
      if (replaced == null) {
        from = m.end();
        m = WHOLE_LINE.matcher(out);
        continue;
      }
      String[] parts = replaced.split("\u0000", 2);
      out = out.substring(0, m.start()) + parts[0] + parts[1];
      from = m.start() + parts[0].length();
      m = WHOLE_LINE.matcher(out);
    }
    return out;
  }

  /** The integral after its sign written out, NUL, the rest of the text; null if not read. */
  private String integral(String after) {
    Matcher d = DIFFERENTIAL.matcher(after);
    if (!d.find() || !BracketBalance.allClose(after.substring(0, d.start()))) {
      return null;
    }
    String body = after.substring(0, d.start());
    String t = d.group(1);
    for (Map.Entry<String, Cases> e : functions.entrySet()) {
      Pattern call = Pattern.compile(AFTER_FACTOR + Pattern.quote(e.getKey())
          + "\\s*(?:\\\\left\\s*)?\\(\\s*" + t + "\\s*(?:\\\\right\\s*)?\\)");
      if (!call.matcher(body).find()) {
        continue;
      }
      List<String> terms = new ArrayList<>();
      for (Piece p : e.getValue().pieces()) {
        String value = Pattern.compile("(?<![A-Za-z\\\\])" + e.getValue().variable()
            + "(?![A-Za-z])").matcher(p.value()).replaceAll(Matcher.quoteReplacement(t));
        terms.add("\\int_{" + number(p.lo()) + "}^{" + number(p.hi()) + "} "
            + call.matcher(body).replaceAll(Matcher.quoteReplacement("\\left(" + value
            + "\\right)")) + " \\, d" + t);
      }
      String written = terms.size() == 1 ? terms.get(0)
          : "\\left(" + String.join(" + ", terms) + "\\right)";
      return written + "\u0000" + after.substring(d.end());
    }
    return null;
  }

  /** {lo, hi} of {@code x \in [a, b]} or {@code a \le x \le b} (any brackets, < or ≤). */
  private static double[] interval(String condition, String x) {
    String c = condition.replace("\\left", "").replace("\\right", "").replaceAll("\\s+", "");
    String le = "(?:<|\\\\leq?|\\\\lt|≤)";
    Matcher in = Pattern.compile(Pattern.quote(x) + "\\\\in[\\[(](" + NUMBER + "),(" + NUMBER
        + ")[\\])]").matcher(c);
    Matcher between = Pattern.compile("(" + NUMBER + ")" + le + Pattern.quote(x) + le + "("
        + NUMBER + ")").matcher(c);
    Matcher found = in.matches() ? in : between.matches() ? between : null;
    if (found == null) {
      return null;
    }
    double lo = Double.parseDouble(found.group(1));
    double hi = Double.parseDouble(found.group(2));
    return lo < hi ? new double[] {lo, hi} : null;
  }

  private static boolean disjoint(List<Piece> pieces) {
    for (int i = 0; i < pieces.size(); i++) {
      for (int j = i + 1; j < pieces.size(); j++) {
        Piece a = pieces.get(i);
        Piece b = pieces.get(j);
        if (a.lo() < b.hi() && b.lo() < a.hi()) {
          return false;
        }
      }
    }
    return true;
  }

  /** Whether each zero case is "otherwise" or a comparison false inside every piece. */
  private static boolean zeroOutside(List<String> conditions, String x, List<Piece> pieces) {
    for (String condition : conditions) {
      if (OTHERWISE.matcher(condition).matches()) {
        continue;
      }
      for (Piece p : pieces) {
        for (double f : new double[] {0.01, 0.5, 0.99}) {
          Boolean holds = CasesFunctions.holds(condition, x, p.lo() + f * (p.hi() - p.lo()));
          if (holds == null || holds) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static String number(double v) {
    return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
  }
}
