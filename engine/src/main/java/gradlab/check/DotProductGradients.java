package gradlab.check;

import gradlab.math.Expression;
import gradlab.math.Parser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The gradient of a loss the text defines through dot products of indexed vectors, CS231n's
 * SVM: {@code L_i = \sum_{j\neq y_i} \max(0, w_j^Tx_i - w_{y_i}^Tx_i + \Delta)} and
 * {@code \nabla_{w_{y_i}} L_i = - (\sum_{j\neq y_i} \mathbb{1}(w_j^Tx_i - w_{y_i}^Tx_i + \Delta
 * > 0)) x_i}. Both sides are written out ({@link #writtenOut}) for K = 2, 3 classes (the label
 * y_i the first class; the classes are alike under renaming, so one label stands for all) and
 * D = 1, 2 dimensions: each dot product a sum of component products, each Σ over the classes
 * (all, or all but the label), a free class index j the second class where the prose says
 * "$j \neq y_i$". Component d of ∇ is then checked against component d of the right side
 * ({@link GradientSamples}). Where the form is anything else, the statement is left to the
 * ordinary reading (nothing is claimed here).
 */
final class DotProductGradients {
  private static final String SUB = "(?:\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\}|[A-Za-z0-9])";
  private static final Pattern NABLA = Pattern.compile("\\\\nabla_(" + SUB + ")\\s*([A-Za-z]"
      + "(?:_" + SUB + ")?)");
  private static final Pattern DOT = Pattern.compile("([A-Za-z])_(" + SUB + ")\\s*\\^\\s*"
      + "(?:T|\\{T\\}|\\\\top|\\{\\\\top\\})\\s*([A-Za-z])_(" + SUB + ")");
  private static final Pattern SUM = Pattern.compile("\\\\sum_\\{\\s*([a-z])\\s*(?:\\\\neq?"
      + "\\s*(y_(?:\\{[a-z]\\}|[a-z]))\\s*)?\\}|\\\\sum_([a-z])(?![A-Za-z])");
  private static final Pattern LABEL = Pattern.compile("y_(?:\\{\\s*([a-z])\\s*\\}|([a-z]))");
  private static final String DIMS = "abc";

  private DotProductGradients() {}

  /** Adds the verdict on {@code statement} where it has this form; returns whether it had. */
  static boolean checkedInPlace(DocumentRun run, int line, String statement) {
    ChainSplitter.Chain chain = ChainSplitter.split(statement);
    if (chain.terms().size() != 2 || chain.relations().get(0) != Relation.EQUAL) {
      return false;
    }
    String lhs = chain.terms().get(0).strip();
    String rhs = chain.terms().get(1).strip();
    Matcher m = NABLA.matcher(lhs);
    if (!m.matches() || !DOT.matcher(rhs).find()) {
      return false;
    }
    String definition = definition(run, m.group(2));
    if (definition == null || !DOT.matcher(definition).find()) {
      return false;
    }
    String variable = unbraced(m.group(1));
    boolean freeIndex = variable.matches("[A-Za-z]_[a-z]") && !variable.contains("y");
    if (freeIndex && !run.paragraph().matches("(?s).*" + variable.charAt(2)
        + "\\s*\\\\neq?\\s*y\\x5F.*")) { // y\x5F: the label y_i (\x5F is "_")
      return false; // ∇_{w_j} without "j ≠ y_i": j may be the label, whose gradient differs
    }
    StepVerdict v = GradientSamples.judge(run, definition, variable, rhs);
    if (v == null) {
      return false;
    }
    run.out.add(new StepResult(line, lhs, Relation.EQUAL, rhs, v, ""));
    return true;
  }

  /** The latest definition the run recorded of {@code name} (LaTeX), else null. */
  private static String definition(DocumentRun run, String name) {
    String wanted = name.replaceAll("[{}\\s]", "");
    for (int k = run.out.size() - 1; k >= 0; k--) {
      StepResult s = run.out.get(k);
      if (s.verdict() == null && s.note().contains("definition")
          && s.lhs().replaceAll("[{}\\s]", "").equals(wanted)) {
        return s.rhs();
      }
    }
    return null;
  }

  private static String unbraced(String sub) {
    String s = sub.strip();
    return s.startsWith("{") && s.endsWith("}") ? s.substring(1, s.length() - 1).strip() : s;
  }

  /**
   * The variable of ∇ written out: the label the class 1, the free index the class 2.
   */
  static String variable(String latex, Character free) {
    String s = LABEL.matcher(latex).replaceAll("1");
    return free == null ? s : s.replaceAll("_" + free + "$", "_{2}");
  }

  /**
   * {@code latex} for K classes and D dimensions: the label y_… the class 1, the free class
   * index {@code free} (or null) the class 2, each Σ over classes written out, each dot
   * product a^T b the sum of a's and b's components, and every other occurrence of a vector
   * (a name used in a dot product) its component {@code d} (0-based). Null where a Σ's body
   * is not one term of its bracket.
   */
  static String writtenOut(String latex, int classes, int dims, Character free, int d) {
    String s = sums(latex, classes);
    if (s == null) {
      return null;
    }
    s = LABEL.matcher(s).replaceAll("1");
    if (free != null) {
      s = s.replaceAll("_(?:\\{\\s*" + free + "\\s*\\}|" + free + "(?![A-Za-z0-9]))", "_{2}");
    }
    Set<String> vectors = new LinkedHashSet<>();
    Matcher m = DOT.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String a = m.group(1) + "_{" + unbraced(m.group(2));
      String b = m.group(3) + "_{" + unbraced(m.group(4));
      vectors.add(m.group(1) + "_" + unbraced(m.group(2)));
      vectors.add(m.group(3) + "_" + unbraced(m.group(4)));
      List<String> terms = new ArrayList<>();
      for (int k = 0; k < dims; k++) {
        terms.add(a + DIMS.charAt(k) + "} " + b + DIMS.charAt(k) + "}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement("(" + String.join(" + ", terms) + ")"));
    }
    m.appendTail(out);
    s = out.toString();
    for (String v : vectors) { // x_i after the dot products: the vector itself, component d
      String base = v.substring(0, 1);
      String sub = v.substring(2);
      s = s.replaceAll(Pattern.quote(base) + "_(?:\\{\\s*" + Pattern.quote(sub) + "\\s*\\}|"
          + (sub.length() == 1 ? Pattern.quote(sub) + "(?![A-Za-z0-9])" : "(?!)") + ")",
          Matcher.quoteReplacement(base + "_{" + sub + DIMS.charAt(d) + "}"));
    }
    return s;
  }

  /** Each Σ over classes written out, its body the rest of its bracket (one term), or null. */
  private static String sums(String latex, int classes) {
    String s = latex;
    for (Matcher m = SUM.matcher(s); m.find(); m = SUM.matcher(s)) {
      char index = (m.group(1) != null ? m.group(1) : m.group(3)).charAt(0);
      boolean butLabel = m.group(2) != null;
      int end = groupEnd(s, m.end());
      String body = s.substring(m.end(), end);
      if (topLevelSign(body)) {
        return null; // Σ_j a_j + b: where the body ends is not written
      }
      List<String> terms = new ArrayList<>();
      for (int c = 1; c <= classes; c++) {
        if (butLabel && c == 1) {
          continue;
        }
        terms.add(body.strip().replaceAll("_(?:\\{\\s*" + index + "\\s*\\}|" + index
            + "(?![A-Za-z0-9]))", "_{" + c + "}"));
      }
      s = s.substring(0, m.start()) + "(" + String.join(" + ", terms) + ")" + s.substring(end);
    }
    return s;
  }

  /** The index where the bracket enclosing {@code from} closes, or the end of the text. */
  private static int groupEnd(String s, int from) {
    int depth = 0;
    for (int i = from; i < s.length(); i++) {
      char ch = s.charAt(i);
      if (ch == '(' || ch == '[' || ch == '{') {
        depth++;
      } else if (ch == ')' || ch == ']' || ch == '}') {
        if (depth == 0) {
          return s.startsWith("\\right", i - 6) ? i - 6 : i;
        }
        depth--;
      }
    }
    return s.length();
  }

  private static boolean topLevelSign(String body) {
    int depth = 0;
    String b = body.strip();
    for (int i = 0; i < b.length(); i++) {
      char ch = b.charAt(i);
      depth += ch == '(' || ch == '[' || ch == '{' ? 1 : ch == ')' || ch == ']' || ch == '}'
          ? -1 : 0;
      if (depth == 0 && i > 0 && (ch == '+' || ch == '-')) {
        return true;
      }
    }
    return false;
  }

  /** The expression of written-out LaTeX, or null where it cannot be read. */
  static Expression read(String latex) {
    try {
      return Parser.parse(LatexReader.parserInput(LatexReader.read(latex).engineSyntax()));
    } catch (RuntimeException e) {
      return null;
    }
  }
}
