package gradlab.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;

/**
 * A step of a worked example with vectors and matrices of numbers, where every name on both
 * sides has a value the text states ({@code X = [1, 2]^T}, {@code \mathbf{w} = (1, 2)},
 * {@code \eta = 0.1}) and the other side is worked out: {@code X^T X = 5},
 * {@code \mathbf{w} \cdot \mathbf{x} = 11}, {@code W x = \begin{pmatrix} 3 \\ 1 \end{pmatrix}}.
 * The matrix reading draws random matrices and refuses a side that is a number ("a condition on
 * vectors or matrices"), so such steps were never checked, and a slip in them never found. Here
 * both sides are evaluated at the stated values ({@link MatrixValues}, EJML in double precision;
 * a list of numbers is a column, and a vector compared with a list may be a row), and the step
 * is proved where every entry agrees to the digits written on a side that is numbers only, and
 * refuted where an entry does not. Nothing is drawn, so nothing is left to a reading: the step
 * is read only where one side is numbers only (a worked-out value, not an identity the text may
 * mean in general), every name has a stated value, the sides have the same shape (or are
 * vectors of the same length, one a list), the plain T of a transpose is not a name the text
 * gives a value, and no gradient is taken. Stateless.
 */
final class NumericMatrixClaims {
  private NumericMatrixClaims() {}

  /** The verdict on {@code left rel right}, or null where it is not such a step. */
  static StepVerdict verdict(DocumentRun run, String left, Relation rel, String right) {
    if (rel != Relation.EQUAL && rel != Relation.APPROX || transposeIsAName(run, left + right)) {
      return null;
    }
    Map<String, DMatrixRMaj> values = new LinkedHashMap<>();
    Side l = side(run, left, values);
    Side r = l == null ? null : side(run, right, values);
    if (r == null || l.literal == null && r.literal == null || values.values().stream()
        .allMatch(m -> m.getNumElements() == 1) && (l.literal == null || r.literal == null
        || l.value.getNumElements() == 1 && r.value.getNumElements() == 1)) {
      return null; // not worked out to numbers, or no vector in it (the scalar reading's)
    }
    DMatrixRMaj lv = l.value();
    DMatrixRMaj rv = r.value();
    boolean sameShape = lv.numRows == rv.numRows && lv.numCols == rv.numCols;
    boolean vectors = (lv.numRows == 1 || lv.numCols == 1) && (rv.numRows == 1
        || rv.numCols == 1) && lv.getNumElements() == rv.getNumElements()
        && (l.eitherWay() || r.eitherWay());
    if (!sameShape && !vectors) {
      return null;
    }
    for (int k = 0; k < lv.getNumElements(); k++) {
      double a = lv.data[k];
      double b = rv.data[k];
      if (!Double.isFinite(a) || !Double.isFinite(b)) {
        return null;
      }
      double allowed = l.half(k) + r.half(k) + 1e-9 * Math.max(1, Math.max(Math.abs(a),
          Math.abs(b)));
      if (Math.abs(a - b) > allowed) {
        if (NAME.matcher(left).matches() && r.literal != null && values.size() == 1) {
          return null; // x = (1, 0) after x = (1, 1): a new value, not a claim about the old
        }
        return new StepVerdict.Refuted(Map.of(), a, b, (lv.getNumElements() == 1 ? ""
            : "entry " + (k + 1) + " of " + lv.getNumElements() + " ") + "at the vectors and "
            + "matrices the text states: left = " + shown(lv) + ", right = " + shown(rv));
      }
    }
    return new StepVerdict.Proved("numerically, at the vectors and matrices the text states: "
        + "left = " + shown(lv) + ", right = " + shown(rv) + " to the digits written");
  }

  /**
   * The verdict worked out at the stated values ({@link #verdict}) on a step {@code otherwise}
   * leaves not checked ({@code h = (1, 3)^T} of {@code h = \\mathrm{ReLU}(W_1 x + b_1)}, a list
   * against the scalar reading of h), else {@code otherwise}.
   */
  static StepVerdict orElse(DocumentRun run, String left, Relation rel, String right,
      StepVerdict otherwise) {
    StepVerdict v = otherwise instanceof StepVerdict.NotChecked ? verdict(run, left, rel, right)
        : null;
    return v != null ? v : otherwise;
  }

  /** A name a value is given to: x, W_1, b^{(1)}, \\mathbf{x}, \\hat{y}, \\theta. */
  private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile(
      "\\s*(?:\\\\(?:mathbf|boldsymbol|bm|hat|tilde|bar)\\{\\s*)?\\\\?[A-Za-z]+\\s*\\}?"
      + "(?:_(?:[A-Za-z0-9]|\\{[A-Za-z0-9]+\\}))?(?:\\^\\{\\([0-9A-Za-z]\\)\\})?\\s*");

  /** How a name given a matrix of numbers in a matrix environment is listed. */
  static final String STATED = "definition, a vector or matrix of numbers";

  /**
   * Reads a block that writes a matrix environment of numbers: {@code W = \begin{pmatrix} 1 & 2
   * \\ 0 & 1 \end{pmatrix}} gives W its value (listed), and a chain whose every link is such a
   * step ({@code W x = \begin{pmatrix} 3 \\ 1 \end{pmatrix}}) is checked link by link. Returns
   * false, recording nothing, for any other block.
   */
  static boolean checkInPlace(DocumentRun run, int firstLine, String body, boolean display) {
    if (!MatrixDisplays.writesMatrix(body)) {
      return false; // lists and tuples: the scalar reader's
    }
    List<Runnable> recorded = new ArrayList<>();
    int from = 0;
    java.util.regex.Matcher gap = GAP.matcher(body);
    while (from <= body.length()) { // W = […], \quad x = […]: each part
      int to = gap.find(from) ? gap.start() : body.length();
      if (!part(run, body.substring(0, to), from, firstLine, recorded)) {
        return false;
      }
      from = to == body.length() ? to + 1 : gap.end();
    }
    recorded.forEach(Runnable::run);
    run.lastTail = display ? run.lastTail : null; // a part sets it; $= …$ continues no display
    return true;
  }

  /** A link of a chain with vectors and matrices written out that is not worked out. */
  static final String UNREAD_LINK = "cannot read: matrices and column vectors (a link with no "
      + "side written out in numbers, or a name without a stated value)";

  private static final java.util.regex.Pattern GAP = java.util.regex.Pattern.compile(
      "\\s*[,;]?\\s*\\\\q?quad\\b\\s*");

  /**
   * One part, {@code upTo} from {@code from}: a definition (its value taken at once) or links;
   * their report lines are added to {@code recorded}, shown only when every part is read.
   */
  private static boolean part(DocumentRun run, String upTo, int from, int firstLine,
      List<Runnable> recorded) {
    String text = upTo.substring(from);
    String pad = "\n".repeat((int) upTo.substring(0, from).chars().filter(c -> c == '\n')
        .count()); // the part's lines stay the body's
    String body = pad + text;
    List<int[]> sides = ColumnVectorRows.sides(body);
    if (sides == null || sides.size() < 2) {
      return false;
    }
    List<String> texts = new ArrayList<>(sides.stream().map(s -> body.substring(s[0], s[1])
        .strip().replaceAll("[.,;]$", "").strip()).toList());
    if (texts.get(0).isEmpty() && from == 0 && run.lastTail != null) {
      texts.set(0, run.lastTail); // $$= \begin{pmatrix} 3 \\ 1 \end{pmatrix}$$ continues
    }
    NumericMatrixLiterals.Literal literal = NumericMatrixLiterals.of(texts.get(1));
    String engine = run.read(texts.get(0));
    int line = ColumnVectorRows.lineOf(body, sides.get(1)[0], firstLine);
    if (sides.size() == 2 && literal != null && NAME.matcher(texts.get(0)).matches()
        && engine != null) { // a new value replaces what the name meant before
      run.ctx = run.ctx.withoutDefinitions(java.util.Set.of(engine)).withoutPoint(engine);
      statedInPlace(run, recorded, line, texts, engine, literal.value());
      return true;
    }
    int first = 0;
    if (NAME.matcher(texts.get(0)).matches() && engine != null && !run.ctx.defines(engine)
        && !run.ctx.point().containsKey(engine)
        && StatedMatrixValues.of(run, texts.get(0), new LinkedHashMap<>()) == null) {
      Side value = side(run, texts.get(1), new LinkedHashMap<>()); // z = Wx + b = […]: z new
      if (value == null || value.value().getNumElements() == 1) {
        return false;
      }
      statedInPlace(run, recorded, line, texts, engine, value.value());
      first = 1;
    }
    boolean decided = false;
    for (int k = first; k + 1 < texts.size(); k++) {
      StepVerdict v = verdict(run, texts.get(k), Relation.EQUAL, texts.get(k + 1));
      decided = decided || v != null; // ∂L/∂h = (ŷ − y) w₂ = […]: the links worked out
      v = v != null ? v : new StepVerdict.NotChecked(UNREAD_LINK);
      StepResult link = new StepResult(ColumnVectorRows.lineOf(body, sides.get(k + 1)[0],
          firstLine), texts.get(k), Relation.EQUAL, texts.get(k + 1), v, null);
      recorded.add(() -> run.out.add(link));
    }
    if (!decided && first + 1 < texts.size()) { // no link worked out: not this reading
      return false;
    }
    String tail = texts.get(texts.size() - 1);
    recorded.add(() -> run.lastTail = tail);
    return true;
  }

  /**
   * A name's value stated by a definition (a vector or matrix of numbers): recorded at once (a
   * later part may use it), its report line listed when every part is read. Modified: the run.
   */
  private static void statedInPlace(DocumentRun run, List<Runnable> recorded, int line,
      List<String> texts, String engine, DMatrixRMaj value) {
    run.statedMatrices.put(engine, value);
    recorded.add(() -> run.out.add(new StepResult(line, texts.get(0), Relation.EQUAL,
        texts.get(1), null, STATED)));
  }

  /** A side: a literal of numbers, or a formula whose every name has a stated value. */
  private record Side(DMatrixRMaj value, NumericMatrixLiterals.Literal literal) {
    double half(int k) {
      return literal == null ? 0 : literal.halfUnits()[k];
    }

    boolean eitherWay() {
      return literal == null || literal.eitherWay();
    }
  }

  private static Side side(DocumentRun run, String latex, Map<String, DMatrixRMaj> values) {
    NumericMatrixLiterals.Literal literal = NumericMatrixLiterals.of(latex);
    if (literal != null) {
      return new Side(literal.value(), literal);
    }
    Map<String, DMatrixRMaj> written = new LinkedHashMap<>();
    String named = NumericMatrixLiterals.named(latex, written); // [2 \\ 7] + [0.5 \\ -1]
    if (named == null) {
      return null;
    }
    MatrixExpr e;
    try {
      e = MatrixParser.parse(named, Map.of());
    } catch (RuntimeException ex) {
      return null;
    }
    Set<String> names = MatrixNames.valueNames(e);
    if (names == null) {
      return null;
    }
    values.putAll(written);
    for (String name : names) {
      if (written.containsKey(name)) {
        continue;
      }
      DMatrixRMaj v = StatedMatrixValues.of(run, name, values); // z of z = Wx: W, x put in too
      if (v == null) {
        return null;
      }
      values.put(name, v);
    }
    try {
      if (!StatedShapes.fits(e, values)) {
        return null;
      }
      DMatrixRMaj v = MatrixValues.value(e, values);
      boolean numbers = !written.isEmpty() && written.keySet().containsAll(names);
      return v == null ? null : new Side(v, numbers ? new NumericMatrixLiterals.Literal(v,
          new double[v.getNumElements()], false) : null); // arrays only: worked out, exact
    } catch (RuntimeException ex) { // the shapes do not fit (EJML's dimension check)
      return null;
    }
  }

  private static boolean transposeIsAName(DocumentRun run, String text) {
    String t = run.read("T");
    return text.matches("(?s).*\\^\\s*\\{?\\s*T.*") && t != null
        && (run.ctx.defines(t) || run.ctx.point().containsKey(t));
  }

  private static String shown(DMatrixRMaj m) {
    if (m.getNumElements() == 1) {
      return Digits.compact(m.get(0));
    }
    if (m.numRows == 1 || m.numCols == 1) { // a row [3, 1], a column [3, 1]ᵀ
      return row(m, 0, m.getNumElements()) + (m.numCols == 1 ? "ᵀ" : "");
    }
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < m.numRows; i++) {
      b.append(i > 0 ? ", " : "").append(row(m, i * m.numCols, m.numCols));
    }
    return b.append("]").toString();
  }

  private static String row(DMatrixRMaj m, int from, int count) {
    StringBuilder b = new StringBuilder("[");
    for (int k = 0; k < count; k++) {
      b.append(k > 0 ? ", " : "").append(Digits.compact(m.data[from + k]));
    }
    return b.append("]").toString();
  }
}
