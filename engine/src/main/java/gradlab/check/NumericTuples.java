package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A step between two tuples of numbers written with round brackets, Zhang's mixup
 * {@code (0.6 - 0.7, 0.4 - 0.3) = (-0.1, 0.1)} or LAMB's {@code (0.97 + 0.03, -1.04 + 0.04) =
 * (1, -1)}: read as the vectors {@code [a, b]} the reader already decides componentwise. It was
 * "cannot read: pairs (a, b) (a point or a vector?)", so a worked example's vector arithmetic
 * was never checked. Equality of two tuples is equality of their components under every
 * reading of the brackets (a point, a vector, an interval's ends; {@link TupleAssignments} reads
 * {@code (x_1, y_1) = (0, 1)} on the same ground), so the step may be proved or refuted
 * componentwise. Only where each side is one bracketed tuple and nothing else (no factor before
 * it, nothing after it but punctuation, so no inner product with a vector not written out),
 * both have the same number of items, and every item is letter-free: digits, signs, brackets
 * and {@code \frac}, {@code \cdot}, {@code \times}, {@code \sqrt} (no name whose value or
 * meaning could be in doubt). A tuple beside anything else keeps its refusal. Stateless.
 */
final class NumericTuples {
  /** Commands a letter-free item may hold: fractions, products, roots, spacing, sizing. */
  private static final Pattern COMMANDS = Pattern.compile("\\\\(?:[dt]?frac|cdot|times|sqrt"
      + "|left|right|big|Big|bigg|Bigg|[,;:! ])(?![A-Za-z])");

  /** What is left of a letter-free item: digits, a point, signs, operators, brackets. */
  private static final Pattern NUMERIC = Pattern.compile(
      "[-−+*/^()\\[\\]{}0-9.\\s]*[0-9][-−+*/^()\\[\\]{}0-9.\\s]*");

  private NumericTuples() {}

  /**
   * {@code statement} with each term written as a vector where every term of its chain is a
   * whole tuple of numbers with as many items as the others; else {@code statement} unchanged.
   */
  static String inChain(String statement) {
    List<String> terms = ChainSplitter.split(statement).terms();
    if (terms.size() < 2) {
      return statement;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    int size = -1;
    for (String t : terms) {
      List<String> items = items(t);
      int at = statement.indexOf(t.strip(), from);
      if (items == null || size >= 0 && items.size() != size || at < 0) {
        return statement;
      }
      size = items.size();
      out.append(statement, from, at).append("[").append(String.join(", ", items)).append("]");
      from = at + t.strip().length();
    }
    return out.append(statement.substring(from)).toString();
  }

  /**
   * The items of a side that is one bracketed tuple of letter-free items, or such a tuple after
   * a letter-free factor with no minus sign ({@code \frac{0.05}{\sqrt{10}} (1, 3)}, each item
   * then that factor times it), or null. A factor ≥ 0 scales a point, a vector and an
   * interval's ends alike; a negative one would swap an interval's ends, so it is not read.
   */
  static List<String> items(String side) {
    String s = side.strip().replaceAll("[.,;]$", "").strip()
        .replace("\\left(", "(").replace("\\right)", ")");
    int open = s.endsWith(")") ? tupleStart(s) : -1;
    if (open < 0) {
      return null;
    }
    String factor = s.substring(0, open).strip().replaceAll("\\\\(?:cdot|times)$", "").strip();
    if (!factor.isEmpty() && !nonNegativeFactor(factor)) {
      return null;
    }
    s = s.substring(open);
    List<String> parts = TopLevel.split(s.substring(1, s.length() - 1), ',');
    if (parts.size() < 2) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String p : parts) {
      String bare = COMMANDS.matcher(p).replaceAll(" ");
      if (p.isBlank() || !NUMERIC.matcher(bare).matches()) {
        return null;
      }
      out.add(factor.isEmpty() ? p.strip() : "{" + factor + "} \\cdot \\left(" + p.strip()
          + "\\right)");
    }
    return List.copyOf(out);
  }

  /** Where the '(' that closes at the end of {@code s} opens, or -1. */
  private static int tupleStart(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '(' && TopLevel.closing(s, i) == s.length() - 1) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code factor} is letter-free, minus-free and ends as a factor does. */
  private static boolean nonNegativeFactor(String factor) {
    String bare = COMMANDS.matcher(factor).replaceAll(" ");
    return NUMERIC.matcher(bare).matches() && bare.matches("[^-−]*[0-9)}]\\s*")
        && factor.indexOf(',') < 0 && balanced(factor);
  }

  private static boolean balanced(String s) {
    int depth = 0;
    for (char c : s.toCharArray()) {
      depth += c == '(' || c == '{' || c == '[' ? 1 : c == ')' || c == '}' || c == ']' ? -1 : 0;
      if (depth < 0) {
        return false;
      }
    }
    return depth == 0;
  }

  /**
   * A chain of tuples of numbers with ≈ in it ({@code \frac{0.05}{\sqrt{10}} (1, 3) \approx
   * (0.0158, 0.0474)}), after a name it defines or not, as one chain a component: ≈ of lists
   * was "a list compared with an inequality", not checked, and SAM's doubled perturbation was
   * missed. Each component is rounded to the digits written, as a number is, under every reading
   * of the brackets. The defining link keeps its own statement ({@code \hat{\epsilon} = …(2,
   * 6)}, read or refused as before). Null where the chain is not such.
   */
  static List<String> componentChains(String statement) {
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    List<String> terms = c.terms();
    if (terms.size() < 2 || !c.relations().contains(Relation.APPROX)) {
      return null;
    }
    int first = HEAD.matcher(terms.get(0).strip()).matches()
        && c.relations().get(0) == Relation.EQUAL ? 1 : 0;
    if (terms.size() - first < 2) {
      return null;
    }
    List<List<String>> items = new ArrayList<>();
    for (int j = first; j < terms.size(); j++) {
      List<String> each = items(terms.get(j));
      if (each == null || !items.isEmpty() && each.size() != items.get(0).size()
          || j > first && c.relations().get(j - 1) != Relation.EQUAL
          && c.relations().get(j - 1) != Relation.APPROX) {
        return null;
      }
      items.add(each);
    }
    List<String> out = new ArrayList<>();
    if (first == 1) {
      out.add(terms.get(0).strip() + " = " + terms.get(1).strip());
    }
    for (int k = 0; k < items.get(0).size(); k++) {
      StringBuilder chain = new StringBuilder(items.get(0).get(k));
      for (int j = 1; j < items.size(); j++) {
        chain.append(c.relations().get(first + j - 1) == Relation.APPROX ? " \\approx " : " = ")
            .append(items.get(j).get(k));
      }
      out.add(chain.toString());
    }
    return List.copyOf(out);
  }

  /** A name a chain may define: a letter or a Greek one, decorated, with a script or not. */
  private static final Pattern HEAD = Pattern.compile("(?:\\\\(?:hat|bar|tilde|vec|mathbf|"
      + "boldsymbol)\\s*\\{\\s*(?:\\\\[A-Za-z]+|[A-Za-z])\\s*}|\\\\[A-Za-z]+|[A-Za-z])"
      + "(?:_\\{?[A-Za-z0-9]+}?)?(?:\\^\\{?[*A-Za-z0-9]+}?)?");
}
