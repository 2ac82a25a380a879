package gradlab.check;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The element-wise reading of vectors and matrices. A formula whose vectors (bold names,
 * {@code \mathbf{g}_t}, {@code \boldsymbol{s}}) meet only in element-wise operations — ⊙
 * (Hadamard product), ⊘, +, −, scalar multiples and functions applied component by component
 * ({@code \sqrt{\mathbf{s}_t + \epsilon}}) — computes each component from the same components
 * of its vectors by one scalar formula. So a step of such formulas holds for vectors iff it holds
 * for scalars (a failing scalar point is a failing vector with every component equal to it), and
 * bold names are read as scalars with ⊙ as × — for proofs and refutations alike; the report
 * says "read element-wise".
 *
 * <p>What is not element-wise is refused by name, never read as scalars: a product of two
 * vectors or matrices written side by side or with ·, × ({@code \mathbf{W}\mathbf{h}}, a matrix
 * product or an inner product: the reader would make it commute), and a derivative or integral
 * in a formula with ⊙ (a Jacobian, or a derivative component by component?). Transposes and
 * norms of vectors not written out are refused by {@link LatexReader} and {@link LatexVectors}.
 *
 * <p>Mutable, one per {@link LatexReader}; not thread-safe.
 */
final class ElementWise {
  /** What a claim read element-wise says of itself. */
  static final String NOTE = "read element-wise (⊙ as ×, each vector as one component)";

  /** How a definition through a matrix product or a transpose is listed. */
  static final String UNREAD_DEFINITION = "definition through products or transposes of vectors"
      + " or matrices, not read";
  private static final String PRODUCT = "a product of two vectors or matrices";

  private final Set<String> names = new LinkedHashSet<>();
  private String product;
  private boolean hadamard;

  /** Records that the engine name {@code name} is a vector or a matrix (written bold). */
  void vectorNameInPlace(String name) {
    names.add(name);
  }

  /** Records that ⊙ or ⊘ was read. */
  void hadamardInPlace() {
    hadamard = true;
  }

  /** Records a product of {@code left} and {@code right} (engine syntax; left may be null). */
  void productInPlace(String left, String right) {
    if (product == null && left != null && isVector(left) && isVector(right)) {
      product = left + "·" + right;
    }
  }

  /** What a nested formula met counts as met here. */
  void addInPlace(ElementWise nested) {
    names.addAll(nested.names);
    hadamard |= nested.hadamard;
    if (product == null) {
      product = nested.product;
    }
  }

  /**
   * Refuses a formula (engine syntax) that the element-wise reading cannot read; {@code shown}
   * maps engine names to how the text wrote them.
   */
  void refuseUnread(String formula, java.util.Map<String, String> shown) {
    if (product != null) {
      String p = product;
      for (var e : shown.entrySet()) { // W·hsuptm1 as the text wrote it, W·h^{(t-1)}
        p = p.replaceAll("(?<![A-Za-z0-9])" + Pattern.quote(e.getKey()) + "(?![A-Za-z0-9])",
            java.util.regex.Matcher.quoteReplacement(e.getValue()));
      }
      throw new UnsupportedLatexException(PRODUCT + " (" + p + ": a matrix, an inner or an "
          + "element-wise product? not read)");
    }
    if (hadamard && Pattern.compile("\\b(pd|dd|diff|integrate)\\(").matcher(formula).find()) {
      throw new UnsupportedLatexException("a derivative or an integral beside ⊙ (of vectors: a "
          + "Jacobian or component by component?)");
    }
  }

  /** Whether a reader's failure is a product of two vectors or matrices, or a transpose. */
  static boolean isMatrixAlgebra(String failure) {
    return failure != null && (failure.startsWith(PRODUCT) || failure.startsWith("transposes"));
  }

  /** Whether engine syntax {@code s} uses a vector or matrix name. */
  boolean isVector(String s) {
    for (String n : names) {
      if (Pattern.compile("(?<![A-Za-z0-9])" + Pattern.quote(n) + "(?![A-Za-z0-9])")
          .matcher(s).find()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The verdicts of {@code results} from index {@code from} on, for a statement (LaTeX) read
   * with ⊙ or ⊘, with {@link #NOTE} added to what each says; others are left as they are.
   */
  static void noteInPlace(List<StepResult> results, int from, String statement) {
    if (!statement.contains("\\odot") && !statement.contains("\\oslash")) {
      return;
    }
    for (int k = from; k < results.size(); k++) {
      StepResult s = results.get(k);
      StepVerdict v = s.verdict();
      StepVerdict noted = switch (v) {
        case StepVerdict.Proved p -> new StepVerdict.Proved(p.how() + ", " + NOTE);
        case StepVerdict.Refuted f -> new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(),
            f.detail().isEmpty() ? NOTE : f.detail() + "; " + NOTE);
        case StepVerdict.Unknown u when !u.undecided() -> new StepVerdict.Unknown(u.samples(),
            u.tolerance(), (u.reason().isEmpty() ? "holds at " + u.samples() + " random points"
            + ", not proved" : u.reason()) + "; " + NOTE);
        case null, default -> v;
      };
      if (noted != v) {
        results.set(k, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(), noted,
            s.note()));
      }
    }
  }
}
