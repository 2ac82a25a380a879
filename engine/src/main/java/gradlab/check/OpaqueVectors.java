package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A gradient written without its variables ({@code \nabla C}, Nielsen ch. 1) in a step that
 * uses it only through its length: {@code -\eta \nabla C \cdot \nabla C = -\eta \|\nabla C\|^2}.
 * Whatever the number of components, {@code g \cdot g = \|g\|^2}, and a step in ‖g‖ alone is a
 * statement about one number ρ = ‖g‖ ≥ 0 (a name the step and the text's values do not
 * use); so it is decided as such, exactly, for a vector of any length. Only one such vector
 * per step; any other use of it (g alone, g·h, a component) leaves the step unread as before
 * ("∇C without its variables"). Stateless.
 */
final class OpaqueVectors {
  private static final Pattern NABLA = Pattern.compile(
      "\\\\nabla\\s*(\\\\?[A-Za-z]+(?:_\\{[^{}]*\\}|_[A-Za-z0-9])?)(?![A-Za-z(])");
  /** The name that stands for the length, and its LaTeX. */
  private static final String LENGTH = "\\rho";

  private OpaqueVectors() {}

  /** The verdict on the step read in the vector's length, or null where it is not of that form. */
  static StepVerdict verdict(DocumentRun run, String left, Relation rel, String right) {
    Set<String> vectors = new LinkedHashSet<>();
    for (String side : new String[] {left, right}) {
      Matcher m = NABLA.matcher(side);
      while (m.find()) {
        vectors.add(m.group(1).replaceAll("\\s+", ""));
      }
    }
    if (vectors.size() != 1 || (left + right).matches("(?s).*\\\\rho(?![A-Za-z]).*")
        || run.ctx.defines("rho") || run.ctx.point().containsKey("rho")) {
      return null;
    }
    String v = vectors.iterator().next();
    String l = inLength(left, v);
    String r = inLength(right, v);
    if (l == null || r == null) {
      return null;
    }
    CheckContext saved = run.ctx;
    try {
      String le = LatexReader.read(l, run.reading()).engineSyntax();
      String re = LatexReader.read(r, run.reading()).engineSyntax();
      String length = LatexReader.read(LENGTH, run.reading()).engineSyntax().strip();
      run.ctx = run.ctx.withDomain(run.ctx.domain().with(length, VarianceNames.LOW,
          VarianceNames.HIGH));
      return annotated(run.steps.verdict(le, rel, re, null, ""), "\\nabla " + v);
    } catch (RuntimeException e) {
      return null;
    } finally {
      run.ctx = saved;
    }
  }

  /**
   * {@code side} with g·g and ‖g‖ written as ρ², ρ; null if g is used otherwise (alone, with
   * another vector, or in a norm with a subscript, ‖g‖₁).
   */
  static String inLength(String side, String vector) {
    String g = "\\\\nabla\\s*" + Pattern.quote(vector).replace("_", "\\E\\s*_\\s*\\Q")
        + "(?![A-Za-z(])";
    String s = side.replaceAll("\\\\left\\s*(\\\\\\||\\\\lVert)", "$1")
        .replaceAll("\\\\right\\s*(\\\\\\||\\\\rVert)", "$1");
    s = s.replaceAll("\\(\\s*" + g + "\\s*\\)", Matcher.quoteReplacement("\\nabla " + vector));
    s = s.replaceAll(g + "\\s*(?:\\\\cdot|\\^\\s*\\{?\\s*(?:T|\\\\top)\\s*\\}?)\\s*" + g,
        Matcher.quoteReplacement("(" + LENGTH + ")^2"));
    s = s.replaceAll("(?:\\\\\\||\\\\lVert|‖)\\s*" + g + "\\s*(?:\\\\\\||\\\\rVert|‖)(?!\\s*_)",
        Matcher.quoteReplacement("(" + LENGTH + ")"));
    return NABLA.matcher(s).find() || s.contains("\\nabla") ? null : s;
  }

  private static StepVerdict annotated(StepVerdict v, String vector) {
    String why = vector + " read as a vector of any length: the step uses it only through "
        + "ρ = ‖" + vector + "‖ (g·g = ‖g‖²)";
    return switch (v) {
      case StepVerdict.Proved p -> new StepVerdict.Proved(p.how() + "; " + why);
      case StepVerdict.Refuted f -> new StepVerdict.Refuted(f.point(), f.lhs(), f.rhs(),
          why + (f.detail().isEmpty() ? "" : "; " + f.detail()));
      case StepVerdict.Unknown u -> new StepVerdict.Unknown(u.samples(), u.tolerance(),
          u.reason() + "; " + why);
      case StepVerdict.NotChecked n -> new StepVerdict.NotChecked(n.reason() + "; " + why);
    };
  }
}
