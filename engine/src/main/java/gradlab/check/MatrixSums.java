package gradlab.check;

import gradlab.check.MatrixExpr.Kind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Σ of vectors or matrices with whole-number bounds, written out term by term for the matrix
 * reading ({@code \sum_{i=1}^{3} (y_i - \mathbf{w}\cdot\mathbf{x}_i)\mathbf{x}_i^T}): the
 * index in a subscript ({@code x_i}, {@code x_{i+1}}, {@code h^{(i)}}) becomes each value in
 * turn, so the family is the distinct names x₁, x₂, x₃, each a name of its own shape; the index
 * standing alone is the number. A symbolic bound is set to 1, 2, 3, … first by the sized steps
 * ({@link SizedSteps}). An index inside a longer subscript ({@code w_{ij}}) is refused: which
 * member is it? Stateless.
 */
final class MatrixSums {
  /** At most this many terms are written out. */
  private static final int MAX_TERMS = 6;
  private static final Pattern LOWER = Pattern.compile("\\s*([a-z])\\s*=\\s*(\\d+)\\s*");
  private static final Pattern MEMBER = Pattern.compile("(.*?)(_\\{?|\\^\\{\\()([a-z])"
      + "(?:([-+])(\\d))?(\\}?|\\)\\})");
  private static final Pattern INDEX_OF_SUM = Pattern.compile("\\\\sum_\\{?\\s*([a-z])\\s*=");

  private MatrixSums() {}

  /** The bounds of a Σ as the LaTeX after {@code \sum} writes them: {@code _{i=1}^{3}}. */
  record Bounds(String index, int from, int to) {}

  /** Reads {@code _{i=a}^{b}} at the cursor (a and b whole numbers), or refuses. */
  static Bounds bounds(LatexCursor c) {
    c.skipSpacing();
    if (c.peek() != '_') {
      throw new UnsupportedLatexException("matrix reading: Σ without its index");
    }
    c.advance();
    Matcher lower = LOWER.matcher(c.rawGroupOrToken());
    c.skipSpacing();
    if (!lower.matches() || c.peek() != '^') {
      throw new UnsupportedLatexException("matrix reading: Σ without whole-number bounds");
    }
    c.advance();
    String upper = c.rawGroupOrToken().strip();
    if (!upper.matches("\\d+")) {
      throw new UnsupportedLatexException("matrix reading: Σ to " + upper);
    }
    Bounds b = new Bounds(lower.group(1), Integer.parseInt(lower.group(2)),
        Integer.parseInt(upper));
    if (b.to() < b.from() || b.to() - b.from() >= MAX_TERMS) {
      throw new UnsupportedLatexException("matrix reading: Σ of " + (b.to() - b.from() + 1)
          + " terms");
    }
    return b;
  }

  /** Σ of {@code body} (parsed with the index as written) over the bounds, written out. */
  static MatrixExpr written(Bounds b, MatrixExpr body, MatrixScope scope) {
    Map<String, Kind> names = new LinkedHashMap<>();
    MatrixNames.collect(body, names);
    MatrixExpr out = null;
    for (int k = b.from(); k <= b.to(); k++) {
      Map<String, MatrixExpr> by = new HashMap<>();
      for (Map.Entry<String, Kind> n : names.entrySet()) {
        MatrixExpr member = member(n.getKey(), n.getValue(), b.index(), k, scope);
        if (member != null) {
          by.put(n.getKey(), member);
        }
      }
      MatrixExpr term = MatrixFunction.substituted(body, by);
      out = out == null ? term : new MatrixExpr.Sum(out, term, false);
    }
    return out;
  }

  /** What the name {@code shown} is at index value k, or null where it has no such index. */
  private static MatrixExpr member(String shown, Kind kind, String index, int k,
      MatrixScope scope) {
    if (shown.equals(index)) {
      return new MatrixExpr.Number(k);
    }
    Matcher m = MEMBER.matcher(shown);
    if (!m.matches() || !m.group(3).equals(index)) {
      if (shown.matches(".*[_{(^,]" + index + "(?![A-Za-z]).*")
          || shown.matches(".*[_{(,][A-Za-z0-9]*" + index + "[A-Za-z0-9]*[})].*")) {
        throw new UnsupportedLatexException("matrix reading: the index " + index + " inside "
            + shown + " (which member?)");
      }
      return null;
    }
    int value = k + (m.group(4) == null ? 0 : (m.group(4).equals("-") ? -1 : 1)
        * Integer.parseInt(m.group(5)));
    String at = m.group(1) + (m.group(2).startsWith("^") ? "^{(" + value + ")}"
        : String.valueOf(value).length() == 1 ? "_" + value : "_{" + value + "}")
        + (m.group(2).equals("_") && m.group(6).equals("}") ? "}" : ""); // c_{y_i}: c_{y_1}
    MatrixExpr defined = scope.names().get(at);
    return defined != null ? defined : new MatrixExpr.Name(at, kind);
  }

  /**
   * The family names ({@code x_i}) behind the written-out members among {@code names}
   * ({@code x_2}), for each index of a Σ in {@code latex}: where the text defines the family, a
   * member is defined too.
   */
  static Set<String> families(Set<String> names, String latex) {
    Set<String> indices = new LinkedHashSet<>();
    Matcher m = INDEX_OF_SUM.matcher(latex);
    while (m.find()) {
      indices.add(m.group(1));
    }
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      Matcher member = Pattern.compile("(.*?)(?:_(\\d)|_\\{(\\d+)\\}|\\^\\{\\((\\d+)\\)\\})")
          .matcher(n);
      if (member.matches()) {
        for (String i : indices) {
          out.add(member.group(1) + (member.group(4) != null ? "^{(" + i + ")}" : "_" + i));
        }
      }
    }
    return out;
  }

  /** The family a member name belongs to ({@code y_2} → {@code y}), or the name itself. */
  static String stem(String shown) {
    return shown.replaceAll("(_\\d|_\\{\\d+\\}|\\^\\{\\(\\d+\\)\\})$", "");
  }
}
