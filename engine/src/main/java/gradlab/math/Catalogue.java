package gradlab.math;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Looks names up: catalogue functions (by name or alias), commands, and suggestions for
 * misspelt names. The one list of what the language knows; completion, {@code ?name} and the
 * docs read it.
 */
public final class Catalogue {
  /** Commands the algebra engine does as it is (their documentation is its own). */
  public static final List<String> PASSED_TO_ENGINE = List.of("Table", "Normal", "Apart",
      "Cancel", "FullSimplify", "Reduce", "FindRoot", "Floor", "Ceiling", "Round", "Mod", "Det",
      "Inverse", "Transpose", "Re", "Im", "Numerator", "Denominator", "Coefficient", "Exponent",
      "TeXForm");

  /** Operations on expressions, with one documentation line each (what ?name shows). */
  public static final Map<String, String> COMMANDS = commands();

  private Catalogue() {}

  private static Map<String, String> commands() {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("diff", "diff(f, x), diff(f, x, y), diff(f, {x, n}): ∂f/∂x through definitions, "
        + "activations kept in named form (σ′, not exponentials)");
    m.put("D", "D(f, x), D(f, {x, n}), D(f, {{x, y}}), D(f, {{x, y}, 2}): derivatives, "
        + "the gradient and the Hessian, through definitions");
    m.put("gradient", "gradient(f, {x, y}): the list of partial derivatives");
    m.put("hessian", "hessian(f, {x, y}): the matrix of second derivatives");
    m.put("jacobian", "jacobian({f, g}, {x, y}): the matrix of partial derivatives");
    m.put("N", "N(f) or N(f, digits): the value as a number (double, or to digits: "
        + "N(sigma(1), 30))");
    m.put("subs", "subs(f, x, v), subs(f, x -> v), subs(f, x = v), f /. {x -> v}: "
        + "substitute and evaluate");
    m.put("solve", "solve(eq, x) or solve({eq1, eq2}, {x, y}): real solutions, each "
        + "substituted back before it is shown; equations with = or ==");
    m.put("simplify", "simplify(f): a simpler equal form (time-bounded), checked at random points");
    m.put("expand", "expand(f): products and powers multiplied out");
    m.put("factor", "factor(f): factorised form");
    m.put("together", "together(f): one fraction");
    m.put("integrate", "integrate(f, x), integrate(f, {x, a, b}) or integrate(f, x, a, b)");
    m.put("limit", "limit(f, x -> x0) or limit(f, x, x0); oo for ∞; no single value is an error");
    m.put("series", "series(f, x, x0, n): Taylor polynomial of order n plus O((x − x0)ⁿ⁺¹)");
    m.put("maximize", "maximize(f, x) → {max, {x → point}}: exact where an activation "
        + "substitution or critical points give it; checked on a grid; maximize(f, x, a, b) "
        + "or maximize(f, {x, a, b}) over [a, b]; maximize(f) where f has one variable");
    m.put("minimize", "minimize(f, x) → {min, {x → point}}; minimize(f, x, a, b) over [a, b]");
    m.put("maxvalue", "maxvalue(f, x): the maximum of f over the reals");
    m.put("argmax", "argmax(f, x): where the maximum is attained");
    m.put("named", "named(f): activation derivatives in named form, σ′(u) → σ(u)(1 − σ(u)), "
        + "through definitions");
    m.put("expform", "expform(f): activations written with exponentials");
    m.put("textbook", "textbook(f): exponential forms named σ, softplus, tanh");
    m.put("dot", "dot(A, B): the matrix product of two matrices, a matrix and a vector or two "
        + "vectors (NumPy's A @ B); A*B is element by element");
    m.put("eigenvalues", "eigenvalues(m): the eigenvalues of a square matrix {{a, b}, {c, d}}");
    m.put("sqrt", "sqrt(x) = √x = x^(1/2)");
    m.put("softmax", "softmax({x1, …, xn}): the list of e^xₖ/Σ e^xᵢ = e^(xₖ − logsumexp(x))");
    m.put("Sum", "sum(f, {i, a, b}), sum(f, i, a, b) or sum(list)");
    for (String s : PASSED_TO_ENGINE) {
      m.put(s, s + ": passed to the algebra engine as is");
    }
    return m;
  }

  /** A catalogue function by name or alias (case-insensitive except one-letter aliases). */
  public static Optional<MathFunction> function(String name) {
    for (MathFunction f : MathFunction.values()) {
      if (f.inputName().equalsIgnoreCase(name)) {
        return Optional.of(f);
      }
      for (String a : f.aliases()) {
        if (a.equals(name) || a.length() > 1 && a.equalsIgnoreCase(name)) {
          return Optional.of(f);
        }
      }
    }
    return Optional.empty();
  }

  /** A command's canonical name: exact, else case-insensitive for names longer than one letter. */
  public static Optional<String> command(String name) {
    if (COMMANDS.containsKey(name)) {
      return Optional.of(name);
    }
    if (name.length() > 1) {
      for (String c : COMMANDS.keySet()) {
        if (c.equalsIgnoreCase(name)) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }

  /** Every name the language knows: functions, aliases, commands. */
  public static List<String> names() {
    List<String> out = new ArrayList<>(COMMANDS.keySet());
    for (MathFunction f : MathFunction.values()) {
      out.add(f.inputName());
      out.addAll(f.aliases());
    }
    return out;
  }

  /** Up to three known names near {@code name} (edit distance 1 or 2), nearest first. */
  public static List<String> suggestions(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    int budget = lower.length() <= 2 ? 0 : lower.length() <= 4 ? 1 : 2;
    List<String> out = new ArrayList<>();
    for (String k : names()) {
      int d = EditDistance.between(lower, k.toLowerCase(Locale.ROOT));
      if (k.length() > 2 && d > 0 && d <= budget && !out.contains(k)) {
        out.add(k);
      }
    }
    out.sort(Comparator.comparingInt(k -> EditDistance.between(lower, k.toLowerCase(Locale.ROOT))));
    return out.size() > 3 ? out.subList(0, 3) : out;
  }
}
