package gradlab.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function defined by a Σ with symbolic bounds, the way every regression text writes its
 * cost: {@code L(w) = \sum_{i=1}^{n} (w x_i - y_i)^2 + \lambda w^2},
 * {@code J(\theta) = \frac{1}{2m}\sum_{i=1}^m (\theta x^{(i)} - y^{(i)})^2}. Its body is the
 * definition of a quantity L of the parameters the head names, written out over the sizes like
 * {@code L = \sum …} ({@link SizedDefinitions}); so the head is read as the name L, and a later
 * call at the same arguments ({@code \frac{\partial L(w)}{\partial w}}, {@code 2 L(w)}) is L
 * too. A call at other arguments ({@code L(0)}, {@code L(w + \Delta w)}) is not L and is not
 * written out: the statement is "not checked", never read as a product L·(…). One per
 * document; not thread-safe.
 */
final class SummedFunctions {
  /** A name the head may have: a letter, \ell, or a calligraphic capital. */
  private static final String NAME = "(?:[A-Za-z]|\\\\ell|\\\\mathcal\\s*\\{\\s*[A-Z]\\s*\\})";
  /**
   * A parameter: a letter or a Greek letter, with a short subscript. Bold ones, vectors, are
   * {@link MatrixFunctionHeads}'s: L(𝐰, b) is a function of vectors.
   */
  private static final String PARAM = "(?:\\\\(?!mathbf|boldsymbol|bm)[A-Za-z]+|[A-Za-z])"
      + "(?:_(?:\\{[A-Za-z0-9]{1,3}\\}|[A-Za-z0-9]))?";
  /** Vector notation in the body: bold names, transposes, norms. */
  private static final Pattern VECTORS = Pattern.compile(
      "\\\\(?:mathbf|boldsymbol|bm|top|intercal|\\|)|\\^\\s*\\{?\\s*T(?![A-Za-z])|\\|");
  private static final Pattern HEAD = Pattern.compile("\\s*(" + NAME + ")\\s*(?:\\\\left)?\\s*"
      + "\\(\\s*(" + PARAM + "(?:\\s*[,;]\\s*" + PARAM + ")*)\\s*(?:\\\\right)?\\s*\\)\\s*");
  private static final Pattern SUM = Pattern.compile("\\\\(?:sum|prod)(?![A-Za-z])");

  /** The heads taken: the name as written → its arguments, blanks removed. */
  private final Map<String, String> heads = new LinkedHashMap<>();

  /**
   * {@code statement} with a head {@code L(w)} defined by a sum that the reader cannot read
   * as it is written as the name L, and later calls {@code L(w)} as L; null when the statement
   * calls such a function at other arguments (it is then listed "not checked").
   */
  static String rewriteInPlace(DocumentRun run, int line, String statement) {
    SummedFunctions self = run.summed;
    String out = self.calls(statement);
    if (out == null && self.redefinedInPlace(statement)) {
      return statement; // "**Problem 7.** $L(a, b) = …$" after L(w) = Σ … of problem 2
    }
    if (out == null) {
      if (statement.contains("=") || statement.contains("<") || statement.contains(">")) {
        run.notChecked(line, statement.strip(), "a function defined by a Σ with symbolic bounds"
            + " at other arguments than its definition's (" + String.join(", ", self.shown())
            + "): it is written out only there");
      }
      return null;
    }
    return self.definition(run, out);
  }

  private List<String> shown() {
    return heads.entrySet().stream().map(e -> e.getKey() + "(" + e.getValue() + ")").toList();
  }

  /** {@code L(w) = Σ …} as {@code L = Σ …} where it is such a definition; else unchanged. */
  private String definition(DocumentRun run, String statement) {
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    if (c.terms().size() < 2 || c.relations().get(0) != Relation.EQUAL) {
      return statement;
    }
    Matcher h = HEAD.matcher(c.terms().get(0));
    String rhs = c.terms().get(1);
    if (!h.matches() || !SUM.matcher(rhs).find() || VECTORS.matcher(rhs).find()
        || run.read(rhs) != null) {
      return statement;
    }
    String name = h.group(1).replaceAll("\\s+", "");
    String reader = run.read(name);
    if (reader == null || run.functions.contains(reader) || run.ctx.defines(reader)
        || heads.containsKey(name)) {
      return statement;
    }
    heads.put(name, h.group(2).replaceAll("\\s+", "").replace(';', ','));
    int at = statement.indexOf(c.terms().get(0));
    return statement.substring(0, at) + name + " "
        + statement.substring(at + c.terms().get(0).length());
  }

  /**
   * Whether {@code statement} defines a taken head anew, at other parameters and without calling
   * it: a problem set's later "$L(a, b) = a^2 + ab + 2b^2$" after "$L(w) = \\sum …$". The head is
   * then forgotten, and the statement read as the definition it is; it was "not checked", and so
   * was every step of the later problem (user35).
   */
  private boolean redefinedInPlace(String statement) {
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    if (c.terms().size() != 2 || c.relations().get(0) != Relation.EQUAL) {
      return false;
    }
    Matcher h = HEAD.matcher(c.terms().get(0));
    if (!h.matches()) {
      return false;
    }
    String name = h.group(1).replaceAll("\\s+", "");
    String params = h.group(2).replaceAll("\\s+", "").replace(';', ',');
    if (!heads.containsKey(name) || heads.get(name).equals(params) || Pattern.compile(
        "(?<![A-Za-z\\\\])" + Pattern.quote(name) + "\\s*(\\\\left\\s*)?\\(")
        .matcher(c.terms().get(1)).find()) {
      return false;
    }
    heads.remove(name);
    return true;
  }

  /** The calls of the taken heads at their own arguments written as the name; null otherwise. */
  private String calls(String statement) {
    String out = statement;
    for (Map.Entry<String, String> e : heads.entrySet()) {
      Matcher m = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(e.getKey())
          + "\\s*(\\\\left\\s*)?\\(").matcher(out);
      StringBuilder b = new StringBuilder();
      int from = 0;
      while (m.find(from)) {
        int close = TopLevel.closing(out, m.end() - 1);
        if (close < 0) {
          return null;
        }
        String args = out.substring(m.end(), close).replaceAll("\\\\right\\s*$", "")
            .replaceAll("\\s+", "").replace(';', ',');
        if (!args.equals(e.getValue())) {
          return null;
        }
        b.append(out, from, m.start()).append(e.getKey()).append(' ');
        from = close + 1;
      }
      out = b.append(out.substring(from)).toString();
    }
    return out;
  }
}
