package gradlab.check;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definitions through vector and matrix algebra ({@code \mathbf{o} = \mathbf{W}\mathbf{h}},
 * {@code s = \frac{\lambda}{2}\|\mathbf{W}\|^2}), which the scalar reader lists but does not
 * read: the matrix reading puts them in for their names ({@link MatrixSteps}), so a name the
 * text defines takes its definition's shape and value. A definition this reading cannot parse
 * makes its name "defined elsewhere", which stops a refutation of a step that uses it. Mutable,
 * one per document; not thread-safe.
 */
final class MatrixDefinitions {
  private final Map<String, MatrixExpr> definitions = new LinkedHashMap<>();
  private final Map<String, MatrixFunction> functions = new LinkedHashMap<>();
  private final Set<String> unread = new HashSet<>();
  /** Names defined by a Σ to a symbolic size, name → body (LaTeX): {@link MatrixSizedSums}. */
  private final Map<String, String> sized = new LinkedHashMap<>();
  /**
   * Whether the text says a matrix is symmetric (Bishop's precision matrix, A = Aᵀ), diagonal or
   * orthogonal (d2l's eigendecomposition Q = UᵀΛU): the random matrices drawn are none of these.
   */
  private boolean symmetric;
  /**
   * Whether the text may state that vectors are orthogonal (a condition random vectors do not
   * meet), which matters to a step with no matrix in it.
   */
  private boolean orthogonalVectors;
  /** Whether the text names a matrix symmetric by nature: read only by {@link #saysStructured}. */
  private boolean symmetricKind;

  /** Notes that the text says some matrix is symmetric: the random matrices drawn are not. */
  void symmetricInPlace(String text) {
    symmetric = symmetric || SYMMETRIC.matcher(text).find() || STRUCTURED.matcher(text).find();
    orthogonalVectors = orthogonalVectors || StructureWords.mayStateOrthogonalVectors(text);
    symmetricKind = symmetricKind || SYMMETRIC_KIND.matcher(text).find();
  }

  /**
   * Whether the text says some matrix is symmetric, diagonal or orthogonal, or names a kind of
   * matrix that is symmetric by nature (a covariance, a Hessian, a Gram or kernel matrix).
   */
  boolean saysStructured() {
    return symmetric || symmetricKind;
  }

  /** How a definition this reading puts in is listed. */
  static final String READ_DEFINITION = "definition, read as vectors and matrices";

  /**
   * Records {@code head = body} (LaTeX); a head that is not one name is ignored. Returns whether
   * the body was read.
   */
  boolean defineInPlace(String head, String body) {
    MatrixExpr name;
    try {
      name = MatrixParser.parse(head, Map.of());
    } catch (RuntimeException e) {
      return false;
    }
    if (!(name instanceof MatrixExpr.Name n)) {
      return false;
    }
    try {
      definitions.put(n.shown(), MatrixParser.parse(body, scope()));
      unread.remove(n.shown());
      sized.remove(n.shown());
      return true;
    } catch (RuntimeException e) {
      definitions.remove(n.shown());
      unread.add(n.shown());
      return false;
    }
  }

  /**
   * Records the function {@code name(parameters) = body} (LaTeX body), the parameters taking
   * the place of any definition of the same names; returns whether the body was read (else the
   * function is one the text defines in a way this reading cannot put in).
   */
  boolean defineFunctionInPlace(String name, List<MatrixExpr.Name> parameters, String body) {
    Map<String, MatrixExpr> names = new LinkedHashMap<>(definitions);
    parameters.forEach(p -> names.remove(p.shown()));
    Map<String, MatrixFunction> others = new LinkedHashMap<>(functions);
    others.remove(name); // f defined through itself is not read
    try {
      MatrixExpr read = MatrixParser.parse(body, new MatrixScope(names, others));
      functions.put(name, new MatrixFunction(parameters, read));
      unread.remove(name);
      return true;
    } catch (RuntimeException e) {
      functions.remove(name);
      unread.add(name);
      return false;
    }
  }

  /**
   * Records {@code head = body} where the body is a Σ to a symbolic size ({@code \mathcal{L}_C
   * = \frac{1}{2}\sum_{i=1}^m \|\boldsymbol{x}_i - \boldsymbol{c}_{y_i}\|^2}) that the matrix
   * reading reads written out; returns whether it was recorded.
   */
  boolean defineSizedInPlace(String head, String body) {
    MatrixExpr name;
    try {
      name = MatrixParser.parse(head, Map.of());
    } catch (RuntimeException e) {
      return false;
    }
    if (!(name instanceof MatrixExpr.Name n) || !MatrixSizedSums.readable(body, scope())) {
      return false;
    }
    sized.put(n.shown(), body);
    definitions.remove(n.shown());
    unread.remove(n.shown());
    return true;
  }

  /** The names defined by a Σ to a symbolic size, name → body. */
  Map<String, String> sized() {
    return Map.copyOf(sized);
  }

  /** Whether {@code name} is a function of vectors the text defines (read or not). */
  boolean definesFunction(String name) {
    return functions.containsKey(name) || unread.contains(name);
  }

  /** The names and functions read so far. */
  MatrixScope scope() {
    return new MatrixScope(definitions, functions);
  }

  /** The definitions read so far, name → value. */
  Map<String, MatrixExpr> definitions() {
    return Map.copyOf(definitions);
  }

  /** Whether the text defines {@code name} in a way this reading could not parse. */
  boolean unread(String name) {
    return unread.contains(name);
  }

  /** Whether a scalar reader's failure is one of vectors and matrices (a transpose, a norm). */
  static boolean isMatrixFailure(String failure) {
    return ElementWise.isMatrixAlgebra(failure) || failure != null
        && (failure.startsWith("norms ‖x‖ of a vector that is not written out")
        || failure.startsWith("softmax of a vector"));
  }

  /**
   * The verdict of the matrix reading (or, for a squared norm beside a Σ, of its components,
   * {@link NormComponents}) on a step the scalar reader could not read for
   * {@code failure}, or null (then the failure stands).
   */
  static StepVerdict verdict(DocumentRun run, int line, String failure, String left,
      Relation rel, String right) {
    String[] written = failure != null && failure.startsWith("norms") ? NormComponents.expand(
        left, right) : null;
    if (written != null) { // ½‖y − aᴸ‖² = ½Σⱼ (yⱼ − aᴸⱼ)²: the norm by its components
      return SizedSteps.verdict(run, line, written[0], rel, written[1]);
    }
    String[] inner = isMatrixFailure(failure) ? InnerProductComponents.expand(left, right)
        : null;
    if (inner != null) { // g(θᵀx) beside θ_j: θᵀx is Σ_k θ_k x_k
      StepVerdict v = SizedSteps.verdict(run, line, inner[0], rel, inner[1]);
      if (v != null) {
        return v;
      }
    }
    boolean bold = BOLD.matcher(left + right).find(); // ∂_𝐰 ‖𝐲 − 𝐗𝐰‖²: a gradient of vectors
    if (!isMatrixFailure(failure) && !(bold && failure != null
        && (DERIVATIVE.matcher(failure).lookingAt() || failure.startsWith("∇")
        || failure.startsWith("pairs") || failure.startsWith("softmax")))) {
      // a(𝐪, 𝐤ᵢ) of a function of vectors the text defines: its arguments are no pair
      return null;
    }
    return read(run, left, rel, right);
  }

  /**
   * The matrix reading's verdict on {@code left rel right}, with the text's conditions and
   * structured matrices guarded, or null where it does not read the step.
   */
  static StepVerdict read(DocumentRun run, String left, Relation rel, String right) {
    StepVerdict numeric = NumericMatrixClaims.verdict(run, left, rel, right);
    if (numeric != null) { // X^T X = 5 at the X the text states: worked out, not drawn
      return numeric;
    }
    MatrixDefinitions m = run.matrices;
    Predicate<String> elsewhere = name -> m.unread(name) || definedAsScalar(run, name);
    StepVerdict sizedSums = MatrixSizedSums.verdict(run, left, rel, right, elsewhere);
    StepVerdict v = sizedSums != null ? sizedSums // ∂ℒ/∂𝐱ᵢ of ℒ = Σ_{i=1}^m …: m = 1, 2, 3
        : MatrixSteps.check(left, rel, right, m.scope(), elsewhere);
    Matcher condition = CONDITION.matcher(run.prose);
    // "setting it to zero yields XᵀXw = Xᵀy": a consequence of a condition; a derivative step
    // in the same sentence (∂_w‖y − Xw‖² = 2Xᵀ(Xw − y)) is still an identity
    if (v instanceof StepVerdict.Refuted && !DERIVATIVE.matcher(left + right).find()
        && condition.find()) {
      return new StepVerdict.NotChecked("the sides differ at random matrices, but the text "
          + "states a condition here (\"" + condition.group() + "\"), which the matrix reading "
          + "does not use");
    }
    if (v instanceof StepVerdict.Refuted && m.symmetric && (m.orthogonalVectors
        || StructureWords.drawsAMatrix(left, right, m.scope()))) { // ∇ wᵀAw = 2Aw, A symmetric
      return new StepVerdict.NotChecked("the sides differ at random matrices, but the text says "
          + "a matrix is symmetric, diagonal or orthogonal, and the random matrices are not (the "
          + "step may hold for such ones)");
    }
    return v;
  }

  private static final Pattern SYMMETRIC = Pattern.compile("(?i)\\bsymmetric\\b|\\\\mathbf\\{"
      + "([A-Za-z])\\}\\s*=\\s*\\\\mathbf\\{\\1\\}\\s*\\^\\s*\\{?\\s*(\\\\top|T|\\\\mathrm\\{T\\}|"
      + "\\\\intercal)|(?<![A-Za-z\\\\])([A-Z])\\s*=\\s*\\3\\s*\\^\\s*\\{?\\s*(\\\\top|T|"
      + "\\\\mathrm\\{T\\}|\\\\intercal)");

  private static final Pattern SYMMETRIC_KIND = Pattern.compile("(?i)\\b(covariances?|hessians?|"
      + "gram|kernel|precision|correlations?|distances?|adjacency|laplacian|inner products?)\\b");

  private static final Pattern STRUCTURED = Pattern.compile("(?i)\\b(diagonal|orthogonal|"
      + "orthonormal|eigendecomposition|unitary|rotation matri)");

  private static final Pattern BOLD = Pattern.compile("\\\\(mathbf|boldsymbol|bm)(?![A-Za-z])");
  private static final Pattern DERIVATIVE = Pattern.compile("\\\\(partial|nabla)(?![A-Za-z])");
  /** Prose that makes the next step follow from a condition, not an identity. */
  private static final Pattern CONDITION = Pattern.compile(
      "(?i)\\b(setting|set (it|them|this)|equal to zero|solving|solve|minimi[sz]er|optimal|"
      + "optimum|stationary|hence|it follows|condition|constraint)\\b");

  private static boolean definedAsScalar(DocumentRun run, String name) {
    String engine = run.read(name);
    if (run.indexed.defines(name)) { // y_i of a family the text defines, y₂ written out
      return true;
    }
    return engine != null && (run.ctx.defines(engine) || run.unread.containsKey(engine)
        || run.functions.contains(engine) || run.ctx.point().containsKey(engine));
  }
}
