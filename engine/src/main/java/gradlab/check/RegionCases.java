package gradlab.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function defined by cases whose conditions are inequalities in its variable, of any form
 * ({@code \mathrm{smooth}_{L_1}(x) = \begin{cases} 0.5x^2 & |x| < 1 \\ |x| - 0.5 & \text{otherwise}
 * \end{cases}}, PReLU's {@code f(y_i)}, GloVe's weighting with {@code x < x_{\max}}), read inside a
 * claim stated case by case ({@link CasesClaims}): under a case whose condition is one of the
 * definition's own (the same inequality in the argument, or for {@code x > 0} against a number a
 * condition inside it), the function there is that case's formula, and {@code f(x)},
 * {@code f'(x)} are replaced by it before the claim is read. The claim is then checked where its
 * condition holds, as every case is; off the case's region nothing is replaced. One per document
 * (held by {@link CasesFunctions}); not thread-safe.
 */
final class RegionCases {
  private static final Pattern HEAD = Pattern.compile(
      "(?s)\\s*((?:\\\\(?:mathrm|operatorname|text)\\s*\\{[A-Za-z]+\\}|\\\\[A-Za-z]+|[A-Za-z])"
      + "(?:_\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\}|_[A-Za-z0-9]|_\\\\[A-Za-z]+(?![A-Za-z]))?)\\s*"
      + "(?:\\\\left\\s*)?\\(\\s*"
      + "([A-Za-z](?:_\\{?[A-Za-z0-9]\\}?)?)\\s*(?:\\\\right\\s*)?\\)\\s*=\\s*\\\\begin\\{cases\\}.*");
  private static final Pattern SIMPLE = Pattern.compile(
      "^(.+?)(<|>|\\\\le|\\\\ge)(-?\\d+(?:\\.\\d+)?)$");

  /**
   * A function read by cases: its variable, its rows {formula, condition}, and whether it was
   * typed in plain text ({@link PlainCases}: its formulas go into plain claims only).
   */
  private record Cases(String variable, List<String[]> rows, boolean plain) {}

  private final Map<String, Cases> functions = new LinkedHashMap<>();

  /** Records {@code f(x) = \begin{cases} …} when every row is read; returns whether it was. */
  boolean define(String body) {
    Matcher h = HEAD.matcher(body.strip());
    List<String[]> rows = CasesClaims.rows(body);
    if (!h.matches() || rows == null) {
      return false;
    }
    functions.put(h.group(1).replaceAll("\\s+", ""), new Cases(h.group(2), rows, false));
    return true;
  }

  /** Whether the text defined {@code name} (as written: g, \sigma) by cases read here. */
  boolean defines(String name) {
    return functions.containsKey(name);
  }

  /** Records a plain-text {@code f(x) = A if C, f(x) = B otherwise} read by {@link PlainCases}. */
  void definePlain(String name, String variable, List<String[]> rows) {
    functions.put(name, new Cases(variable, rows, true));
  }

  /** Forgets a function {@code statement} defines anew ({@code f(x) = x^2} after the cases). */
  void forgetRedefined(String statement) {
    functions.keySet().removeIf(f -> Pattern.compile("^\\s*" + Pattern.quote(f)
        + "\\s*(?:\\\\left\\s*)?\\(\\s*[A-Za-z\\\\][^()]*\\)\\s*=(?!\\s*\\\\begin\\{cases\\})")
        .matcher(statement).find());
  }

  /**
   * {@code side} with each call of such a function replaced by the formula of its case whose
   * condition contains {@code condition}; {@code side} itself where it calls none; null where it
   * calls one that cannot be replaced here (no case, or a derivative of a non-variable argument).
   */
  String underCondition(String side, String condition) {
    return under(side, condition, false);
  }

  /**
   * As {@link #underCondition} for a plain-text claim ({@code f'(z) = 1} under {@code z > 0}):
   * only functions typed in plain text, and only at their own variable (a formula's {@code eˣ}
   * would not follow a renamed argument).
   */
  String underPlainCondition(String side, String condition) {
    return under(side, condition, true);
  }

  /**
   * {@code side} with each call of a function typed in plain text by cases, at its own variable,
   * replaced by the formula of the one case whose condition {@code strictly} says holds around
   * the text's point ({@link PlainCasesAtPoints}); {@code side} itself where it calls none; null
   * where a call is not so decided (no case, or two).
   */
  String atPlainPoint(String side, java.util.function.Predicate<String> strictly) {
    String out = side;
    for (Map.Entry<String, Cases> e : functions.entrySet()) {
      Cases c = e.getValue();
      if (!c.plain() || !Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(e.getKey())
          + "\\s*('|′|’)?\\s*\\(").matcher(out).find()) {
        continue;
      }
      String chosen = null;
      for (String[] row : c.rows()) {
        if (strictly.test(row[1])) {
          if (chosen != null) {
            return null;
          }
          chosen = row[1];
        }
      }
      out = chosen == null ? null : replaced(out, e.getKey(), c, chosen);
      if (out == null) {
        return null;
      }
    }
    return out;
  }

  private String under(String side, String condition, boolean plain) {
    String out = side;
    for (Map.Entry<String, Cases> e : functions.entrySet()) {
      if (e.getValue().plain() != plain) {
        continue;
      }
      out = replaced(out, e.getKey(), e.getValue(), condition);
      if (out == null) {
        return null;
      }
    }
    return out;
  }

  private static String replaced(String side, String f, Cases c, String condition) {
    Matcher m = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(f)
        + "\\s*('|′|’|\\^\\{?\\\\prime\\}?)?\\s*(\\\\left\\s*)?\\(").matcher(side);
    StringBuilder b = new StringBuilder();
    int from = 0;
    while (m.find(from)) {
      LatexCursor cur = new LatexCursor(side.substring(m.end() - 1));
      String arg;
      try {
        arg = cur.rawBracket().strip().replaceAll("\\\\right\\s*$", "").strip();
      } catch (UnsupportedLatexException unclosed) {
        return null;
      }
      int end = m.end() - 1 + cur.position();
      String formula = c.plain() && !arg.equals(c.variable()) ? null : formula(c, arg, condition);
      if (formula == null) {
        return null;
      }
      if (c.plain()) { // typed: plain brackets, d/dx; a lone name or number bare ("(z) =" a label)
        String inner = formula.substring("\\left(".length(), formula.length()
            - "\\right)".length());
        formula = m.group(1) == null && inner.strip().matches("[A-Za-z][A-Za-z0-9_]*|[0-9.]+")
            ? inner.strip() : "(" + inner + ")";
      }
      if (m.group(1) != null) { // f′(x): the derivative of the case's formula in x
        if (!arg.matches("[A-Za-z](?:_\\{?[A-Za-z0-9]\\}?)?")) {
          return null;
        }
        formula = (c.plain() ? "d/d" + arg + " " : "\\frac{d}{d" + arg + "}") + formula;
      }
      b.append(side, from, m.start()).append(formula);
      from = end;
    }
    return from == 0 ? side : b.append(side.substring(from)).toString();
  }

  /** The formula of the case holding wherever {@code condition} does, at {@code arg}; or null. */
  private static String formula(Cases c, String arg, String condition) {
    String wanted = normal(condition);
    for (String[] row : c.rows()) {
      String own = normal(at(row[1], c.variable(), arg));
      String bracketed = normal(at(row[1], c.variable(), "(" + arg + ")"));
      if (own.equals(wanted) || bracketed.equals(wanted) || inside(wanted, own)) {
        String put = arg.matches("[A-Za-z](?:_\\{?[A-Za-z0-9]\\}?)?") ? arg : "(" + arg + ")";
        return "\\left(" + at(row[0], c.variable(), put) + "\\right)";
      }
    }
    return null;
  }

  /** Whether {@code a} (u REL number) lies inside {@code b} (the same u REL number). */
  private static boolean inside(String a, String b) {
    Matcher x = SIMPLE.matcher(a);
    Matcher y = SIMPLE.matcher(b);
    if (!x.matches() || !y.matches() || !x.group(1).equals(y.group(1))) {
      return false;
    }
    double p = Double.parseDouble(x.group(3));
    double q = Double.parseDouble(y.group(3));
    boolean above = x.group(2).equals(">") || x.group(2).equals("\\ge");
    return switch (y.group(2)) {
      case ">" -> above && (p > q || p == q && x.group(2).equals(">"));
      case "\\ge" -> above && p >= q;
      case "<" -> !above && (p < q || p == q && x.group(2).equals("<"));
      case "\\le" -> !above && p <= q;
      default -> false;
    };
  }

  /** {@code latex} with the variable {@code v} (a whole name) replaced by {@code by}. */
  private static String at(String latex, String v, String by) {
    String base = v.replaceAll("_.*", "");
    String sub = v.contains("_") ? v.replaceAll(".*_\\{?([A-Za-z0-9])\\}?", "$1") : null;
    String pattern = sub == null ? "(?<![A-Za-z\\\\])" + Pattern.quote(base) + "(?![A-Za-z_])"
        : "(?<![A-Za-z\\\\])" + Pattern.quote(base) + "_(?:\\{\\s*" + sub + "\\s*\\}|" + sub
        + "(?![A-Za-z0-9]))";
    return latex.replaceAll(pattern, Matcher.quoteReplacement(by));
  }

  /** A condition without spacing, in one spelling of each relation and bar. */
  static String normal(String condition) {
    return condition.replace("<=", "≤").replace(">=", "≥")
        .replaceAll("\\\\(left|right|big|Big)(?![A-Za-z])", "")
        .replaceAll("\\\\[lr]vert(?![A-Za-z])|\\\\vert(?![A-Za-z])", "|")
        .replaceAll("\\\\leq(?![A-Za-z])|≤|\\\\leqslant", "\\\\le ")
        .replaceAll("\\\\geq(?![A-Za-z])|≥|\\\\geqslant", "\\\\ge ")
        .replaceAll("\\\\lt(?![A-Za-z])", "<").replaceAll("\\\\gt(?![A-Za-z])", ">")
        .replaceAll("_\\{([A-Za-z0-9])\\}", "_$1").replaceAll("\\s+", "");
  }
}
