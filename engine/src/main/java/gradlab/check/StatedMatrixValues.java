package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ejml.data.DMatrixRMaj;

/**
 * The value the text states for a name, for a step worked out at stated vectors and matrices
 * ({@link NumericMatrixClaims}): a named point, a definition by numbers, a vector or matrix of
 * numbers, or a definition by a formula whose every name has such a value ("Scores $z = Wx$"
 * with W and x stated: z is Wx worked out). Without it, {@code z = Wx = (1, -1, 2)^T} after
 * "Scores $z = Wx$" was never checked. A name the text has written a claim about since is
 * given no value (the text may mean another one there). Stateless.
 */
final class StatedMatrixValues {
  /** How deep definitions through definitions are followed (z = W_2 h, h = W_1 x + b_1). */
  private static final int DEPTH = 3;

  private StatedMatrixValues() {}

  /**
   * The value of {@code name} (as the text writes it), or null where none is stated; the
   * values of the names a definition is worked out through are added to {@code used}.
   */
  static DMatrixRMaj of(DocumentRun run, String name, Map<String, DMatrixRMaj> used) {
    return of(run, name, used, 0);
  }

  private static DMatrixRMaj of(DocumentRun run, String name, Map<String, DMatrixRMaj> used,
      int depth) {
    String engine = run.read(name);
    String chained = engine == null ? null : chained(run, engine);
    if (chained != null) { // ŷ = w_2^T h = −1.5: ŷ is w_2^T h
      return depth < DEPTH ? throughDefinition(run, name, chained, used, depth) : null;
    }
    if (engine == null || restated(run, engine)) {
      return null;
    }
    Expr point = run.ctx.point().get(engine);
    if (point != null) {
      return point.isNumber() ? DMatrixRMaj.wrap(1, 1, new double[] {point.toDouble()}) : null;
    }
    Definition d = run.ctx.definitions().stream().filter(x -> x.name().equals(engine))
        .reduce((a, b) -> b).orElse(null);
    if (d != null && d.rhs().isNumber()) {
      return DMatrixRMaj.wrap(1, 1, new double[] {d.rhs().toDouble()});
    }
    double[][] rows = d == null ? null : d.rhs().numericRows();
    if (rows != null) {
      return new DMatrixRMaj(rows);
    }
    if (d == null && !run.unread.containsKey(engine) && !run.matrices.unread(name)
        && !run.matrices.definitions().containsKey(name)) {
      return run.statedMatrices.get(engine);
    }
    return depth < DEPTH && !run.unread.containsKey(engine) && !run.matrices.unread(name)
        ? throughDefinition(run, name, lastDefinition(run, engine), used, depth) : null;
  }

  /**
   * The value of a name the text defines by a formula ({@code z = Wx}, read by the scalar or the
   * matrix reading), worked out where every name in the formula has a stated value and every
   * operation is defined for their shapes; null otherwise.
   */
  private static DMatrixRMaj throughDefinition(DocumentRun run, String name, String body,
      Map<String, DMatrixRMaj> used, int depth) {
    MatrixExpr e = run.matrices.definitions().get(name);
    if (e == null || body != null) {
      if (body == null) {
        return null;
      }
      try {
        e = MatrixParser.parse(body, run.matrices.scope());
      } catch (RuntimeException ex) {
        return null;
      }
    }
    Set<String> names = MatrixNames.valueNames(e);
    if (names == null) {
      return null;
    }
    Map<String, DMatrixRMaj> values = new LinkedHashMap<>();
    for (String n : names) {
      DMatrixRMaj v = n.equals(name) ? null : of(run, n, used, depth + 1);
      if (v == null) {
        return null;
      }
      values.put(n, v);
    }
    try {
      DMatrixRMaj v = StatedShapes.fits(e, values) ? MatrixValues.value(e, values) : null;
      if (v != null) { // z = Wx = 3 is a step about vectors, though z is a number
        used.putAll(values);
      }
      return v;
    } catch (RuntimeException ex) { // the shapes do not fit (EJML's dimension check)
      return null;
    }
  }

  /**
   * The body of the definition of {@code engine} the report lists last ("definition"), where no
   * other statement giving the name a meaning follows it (claims are {@link #restated}'s); else
   * null.
   */
  private static String lastDefinition(DocumentRun run, String engine) {
    StepResult last = null;
    for (StepResult s : run.out) {
      if (!s.isClaim() && s.lhs().length() <= 40 && engine.equals(run.read(s.lhs()))) {
        last = s;
      }
    }
    return last != null && "definition".equals(last.note()) ? last.rhs() : null;
  }

  /**
   * The formula a chain equates the name with where that link is not decided and the next is
   * worked out to numbers and proved ({@code \\hat{y} = w_2^T h = -1.5}: ŷ is w_2ᵀh, worked out
   * exactly, not the digits written); null where the last claim about the name is no such link.
   */
  private static String chained(DocumentRun run, String engine) {
    java.util.List<StepResult> out = java.util.List.copyOf(run.out);
    for (int k = out.size() - 1; k >= 0; k--) {
      StepResult s = out.get(k);
      if (s.lhs().length() > 40 || !engine.equals(run.read(s.lhs()))) {
        continue;
      }
      StepResult next = k + 1 < out.size() ? out.get(k + 1) : null;
      return next != null && s.verdict() instanceof StepVerdict.NotChecked
          && next.line() == s.line() && next.lhs().equals(s.rhs())
          && next.verdict() instanceof StepVerdict.Proved
          && NumericMatrixLiterals.of(next.rhs()) != null ? s.rhs() : null;
    }
    return null;
  }

  /**
   * Whether the text has written a claim about the name itself since ("Now let $\\mathbf{x} =
   * (1, 0)$" after "At $\\mathbf{x} = (1, 1)$", read as a claim the reader could not decide):
   * the value the text means there may no longer be the one recorded, so none is used. A claim
   * proved ({@code h = (0, 3)^T} worked out) agrees with the value, and changes nothing.
   */
  private static boolean restated(DocumentRun run, String engine) {
    return run.out.stream().anyMatch(s -> s.isClaim() && !(s.verdict() instanceof
        StepVerdict.Proved) && s.lhs().length() <= 40
        && engine.equals(run.read(s.lhs())));
  }
}
