package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative with respect to a vector of a name the text defined through vectors, in a step
 * the scalar reader reads: {@code L = \frac{1}{2}\|\mathbf{x} - \mathbf{c}\|^2}, then
 * {@code \frac{\partial L}{\partial \mathbf{x}} = \mathbf{c} - \mathbf{x}}. The scalar reader
 * does not know L (its definition is read as vectors and matrices only) and said "∂L/∂x is not
 * defined in the text and occurs on one side only"; the matrix reading ({@link
 * MatrixDefinitions#read}) was tried only where a transpose or a norm stopped the scalar reader,
 * so a step with neither on its own sides was never decided. Where the one result just added is
 * such a "not defined" reason, the step differentiates (∂ or ∇) a name the matrix reading
 * defines, and the step writes a vector in bold, the matrix reading's refutation or "holds at
 * random matrices" takes its place; its own "not checked" leaves the reason as it was. Stateless.
 */
final class MatrixDefinedDerivatives {
  private static final Pattern DIFFERENTIATED = Pattern.compile(
      "\\\\(?:partial|nabla)(?![A-Za-z])(?:_\\s*(?:\\{[^{}]*(?:\\{[^{}]*\\}[^{}]*)*\\}|\\S))?"
      + "\\s*(\\\\[A-Za-z]+(?:\\s*\\{\\s*[A-Za-z]+\\s*\\})?|[A-Za-z])"
      + "(?:\\s*_\\s*(?:\\{\\s*([A-Za-z0-9]+)\\s*\\}|([A-Za-z0-9])))?");
  private static final Pattern BOLD = Pattern.compile("\\\\(mathbf|boldsymbol|bm)(?![A-Za-z])");

  private MatrixDefinedDerivatives() {}

  /** Replaces the one result added since {@code from} by the matrix reading's verdict. */
  static void recheckInPlace(DocumentRun run, int from, String left, Relation rel,
      String right) {
    List<StepResult> out = run.out;
    if (out.size() != from + 1
        || !(out.get(from).verdict() instanceof StepVerdict.NotChecked n)
        || !n.reason().contains("not defined in the text")) {
      return;
    }
    String latex = left + " " + right;
    if (!BOLD.matcher(latex).find() || !differentiatesDefined(run, latex)) {
      return;
    }
    StepVerdict v = MatrixDefinitions.read(run, left, rel, right);
    if (v instanceof StepVerdict.Refuted || v instanceof StepVerdict.Unknown) {
      StepResult r = out.get(from);
      out.set(from, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(),
          run.constraints.guard(v), r.note()));
    }
  }

  /** Whether the step takes ∂ or ∇ of a name the matrix reading holds a definition of. */
  private static boolean differentiatesDefined(DocumentRun run, String latex) {
    Matcher m = DIFFERENTIATED.matcher(latex);
    while (m.find()) {
      String name = m.group(1).replaceAll("\\s+", "");
      String sub = m.group(2) != null ? m.group(2) : m.group(3);
      String scripted = sub == null ? name : name + (sub.length() == 1 ? "_" + sub
          : "_{" + sub + "}"); // \mathcal{L}_C, as the matrix reading shows it
      if (run.matrices.definitions().containsKey(name)
          || run.matrices.definitions().containsKey(scripted)
          || run.matrices.sized().containsKey(name) || run.matrices.sized().containsKey(scripted)) {
        return true;
      }
    }
    return false;
  }
}
