package gradlab.repl;

import gradlab.math.Catalogue;
import gradlab.math.MathFunction;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/**
 * {@code ?name}: a catalogue function's own line ({@link MathFunction#doc()}, with its aliases
 * and arity), else our commands' documentation, else Symja's bundled page for the name.
 */
final class Docs {
  private static final Map<String, String> OURS = Map.ofEntries(
      Map.entry("diff", "diff(f, x): ∂f/∂x, activations kept in named form (σ′, not exponentials)"),
      Map.entry("maximize", "maximize(f, x) → {max, {x → point}}: exact where an activation "
          + "substitution or critical points give it; checked on a grid"),
      Map.entry("minimize", "minimize(f, x) → {min, {x → point}}"),
      Map.entry("series", "series(f, x, x0, n): Taylor polynomial of order n plus O((x − x0)ⁿ⁺¹)"),
      Map.entry("subs", "subs(f, x, v) or subs(f, x → v): substitute and evaluate"),
      Map.entry("named", "named(f): activation derivatives in named form, σ′(u) → σ(u)(1 − σ(u))"),
      Map.entry("expform", "expform(f): activations written with exponentials"),
      Map.entry("textbook", "textbook(f): exponential forms recognised as σ, softplus, tanh"),
      Map.entry("maxvalue", "maxvalue(f, x): the maximum of f over the reals"),
      Map.entry("argmax", "argmax(f, x): where the maximum of f is attained"),
      Map.entry("pd", "pd(A, B): ∂A/∂B through the definitions (in :check)"),
      Map.entry("d", "D(f, x), D(f, {x, n}), D(f, {{x, y}}), D(f, {{x, y}, 2}): derivatives, "
          + "the gradient and the Hessian, through definitions"),
      Map.entry("gradient", "gradient(f, {x, y}): the list of ∂f/∂x, ∂f/∂y"),
      Map.entry("hessian", "hessian(f, {x, y}): the matrix of second derivatives"),
      Map.entry("jacobian", "jacobian({f, g}, {x, y}): the matrix of ∂fᵢ/∂xⱼ"),
      Map.entry("solve", "solve(eq, x) or solve({eq1, eq2}, {x, y}): real solutions, each "
          + "substituted back before it is shown; write equations with =="),
      Map.entry("limit", "limit(f, x -> x0) or limit(f, x, x0); oo for ∞; no single value is "
          + "an error"),
      Map.entry("simplify", "simplify(f): a simpler equal form, checked at random points"),
      Map.entry("n", "N(f) or N(f, digits): the value as a number (N(sigma(1), 30))"),
      Map.entry("eigenvalues", "eigenvalues(m): the eigenvalues of a square matrix {{a, b}, {c, d}}"),
      Map.entry("integrate", "integrate(f, x), integrate(f, {x, a, b}) or integrate(f, x, a, b)"),
      Map.entry("sum", "sum(f, {i, a, b}) or sum(f, i, a, b)"));

  private Docs() {}

  /** The documentation of a name, if there is any. */
  static java.util.Optional<String> find(String name) {
    String doc = lookup(name);
    return doc.startsWith("no documentation for") || doc.startsWith("?name shows")
        ? java.util.Optional.empty() : java.util.Optional.of(doc);
  }

  static String lookup(String name) {
    String key = name.strip().toLowerCase(Locale.ROOT);
    if (key.isEmpty()) {
      return "?name shows the documentation of a function, e.g. ?diff or ?Simplify";
    }
    var function = Catalogue.function(name.strip());
    if (function.isPresent()) {
      return catalogueLine(function.get());
    }
    if (OURS.containsKey(key)) {
      return OURS.get(key);
    }
    String symja = Character.toUpperCase(name.strip().charAt(0)) + name.strip().substring(1);
    try (InputStream in = Docs.class.getClassLoader().getResourceAsStream("doc/functions/"
        + symja + ".md")) {
      if (in != null) {
        String md = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return md.length() > 1500 ? md.substring(0, 1500) + "\n…" : md;
      }
    } catch (IOException e) {
      return "cannot read the documentation of " + name + ": " + e.getMessage();
    }
    return "no documentation for '" + name.strip() + "'; functions: "
        + String.join(", ", java.util.stream.Stream.concat(OURS.keySet().stream(),
        java.util.Arrays.stream(MathFunction.values()).map(MathFunction::inputName))
        .sorted().toList());
  }

  /** E.g. "sigma(x), also σ, sigmoid, logistic: the logistic sigmoid …". */
  static String catalogueLine(MathFunction f) {
    String args = f.maxArity() == 1 ? "x" : f.minArity() == 2 ? "x, y"
        : f.maxArity() == 2 ? "x[, α]" : "x1, …, xn";
    String aliases = f.aliases().isEmpty() ? "" : ", also " + String.join(", ", f.aliases());
    return f.inputName() + "(" + args + ")" + aliases + ": " + f.doc();
  }
}
