package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A "not defined in the text" reason for a name the text does define, in a form this reader
 * does not read. A step about a name the text defined through vectors or matrices, ∂J/∂w_j after
 * {@code J(\mathbf{w}) = L(\mathbf{w}) + \frac{\lambda}{2}\|\mathbf{w}\|^2}, is not checked
 * because that definition is not read in components; it had said "λ, ∂J/∂wⱼ, … are not defined
 * in the text", though λ and J are, so a teacher looked for a missing definition (found by a
 * lecturer). The same for a member of a family defined for each index (p_i =
 * exp(z_i)/Σ_k exp(z_k)): "∂pᵢ/∂zⱼ: pᵢ is not defined in the text". The reason now names the
 * definition that was not read.
 */
final class UnreadFormReasons {
  private static final Pattern TOKEN = Pattern.compile(
      "\\\\partial\\s*(\\\\(?:mathbf|boldsymbol)\\s*\\{[A-Za-z]\\}|\\\\[A-Za-z]+|[A-Za-z])");

  private static final Pattern MEMBER = Pattern.compile("\\\\partial\\s*("
      + "(?:\\\\[A-Za-z]+\\s*\\{\\s*[A-Za-z]\\s*\\}|\\\\[A-Za-z]+|(?<![A-Za-z\\\\])[A-Za-z])"
      + "\\s*_\\s*(?:\\{\\s*[a-z]\\s*\\}|[a-z]))");

  private UnreadFormReasons() {}

  /** Rewords a "not defined" reason of the one result added since {@code from}. */
  static void rewordInPlace(DocumentRun run, int from, String latex) {
    List<StepResult> out = run.out;
    if (out.size() != from + 1
        || !(out.get(from).verdict() instanceof StepVerdict.NotChecked n)
        || !n.reason().contains("not defined in the text")) {
      return;
    }
    Matcher f = MEMBER.matcher(latex);
    while (f.find()) { // ∂p_i of p_i = exp(z_i)/Σ_k exp(z_k): defined for each i
      if (run.indexed.defines(f.group(1))) {
        replace(run, from, f.group(1) + " is defined for each index through a sum or a family "
            + "of members, a form whose derivatives this reader does not take");
        return;
      }
    }
    Matcher m = TOKEN.matcher(latex);
    while (m.find()) {
      String name = m.group(1);
      if (run.matrices.unread(name)) {
        replace(run, from, name + " is defined through vectors or matrices in a form not read "
            + "(a norm, a transpose), so its components' steps are not checked");
        return;
      }
    }
  }

  private static void replace(DocumentRun run, int at, String reason) {
    StepResult r = run.out.get(at);
    run.out.set(at, new StepResult(r.line(), r.lhs(), r.relation(), r.rhs(),
        new StepVerdict.NotChecked(reason), r.note()));
  }
}
