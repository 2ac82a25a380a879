package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A finite-difference formula for the derivative of a function the text leaves generic, as
 * CS231n's gradient check writes it: {@code \frac{df(x)}{dx} = \frac{f(x + h) - f(x - h)}{2h}},
 * "where $h$ is a very small number" (also {@code f'(x)}, ∂, ≈, a step ε). Such an equation is
 * meant as h → 0: each {@code f(x + a h)} is written to second order,
 * {@code F₀ + a h F₁ + (a h)² F₂ / 2} (F₀ = f(x), F₁ = f′(x), F₂ = f″(x)), and the limit of the
 * right side as h → 0 must be F₁. For every function with two derivatives the remainder
 * vanishes in that limit, so a proof holds for each of them; a refutation names values of F₀, F₁,
 * F₂, which a quadratic f takes exactly, so the formula fails for that f (and it is not exact
 * for it either): false under every reading. Read only where f is not defined in the text, the
 * step has no value there, and every argument of f is x, or x plus or minus a number times the
 * step; anything else is left to the ordinary reading (nothing is claimed here).
 */
final class FiniteDifferences {
  private static final String NAME = "(?:[A-Za-z]|\\\\[A-Za-z]+)";
  private static final Pattern FRACTION = Pattern.compile("^\\\\frac\\{(d|\\\\partial)\\s*("
      + "[A-Za-z])\\s*(?:\\(\\s*(" + NAME + ")\\s*\\))?\\s*\\}\\{\\s*(?:d|\\\\partial)\\s*("
      + NAME + ")\\s*\\}$");
  private static final Pattern PRIME = Pattern.compile("^([A-Za-z])\\s*(?:'|\\^\\{?\\\\prime"
      + "\\}?)\\s*\\(\\s*(" + NAME + ")\\s*\\)$");
  private static final Pattern DECORATION = Pattern.compile(
      "\\\\hspace\\*?\\{[^}]*\\}|\\\\(?:text|mbox)\\{[^}]*\\}\\s*$|\\\\[,;!]|\\\\quad");
  static final String[] TAYLOR = {"F_{0}", "F_{1}", "F_{2}"};

  private FiniteDifferences() {}

  /** Adds the verdict on {@code statement} where it has this form; returns whether it had. */
  static boolean checkedInPlace(DocumentRun run, int line, String statement) {
    ChainSplitter.Chain chain = ChainSplitter.split(statement);
    if (chain.terms().size() != 2 || chain.relations().get(0) != Relation.EQUAL
        && chain.relations().get(0) != Relation.APPROX) {
      return false;
    }
    String lhs = chain.terms().get(0).strip();
    String rhs = DECORATION.matcher(chain.terms().get(1)).replaceAll(" ").strip()
        .replaceAll("[.,;]$", "").strip();
    String[] fx = derivative(lhs);
    if (fx == null || !generic(run, fx[0]) || rhs.contains("F_") || rhs.contains("\\lim")
        || !generic(run, TAYLOR[0]) || !generic(run, TAYLOR[1]) || !generic(run, TAYLOR[2])) {
      return false; // an explicit limit is the ordinary reading's (LatexLimits)
    }
    DifferenceQuotient q = DifferenceQuotient.of(rhs, fx[0], fx[1]);
    if (q == null || q.step() == null || hasValue(run, q.step())) {
      return false;
    }
    String claim = "\\lim_{" + q.step() + " \\to 0} \\left(" + q.expanded() + "\\right) = "
        + TAYLOR[1];
    StepResult r = ScratchChains.single(run, line, claim, CheckContext::withoutPoints);
    String h = readable(q.step());
    String x = readable(fx[1]);
    String why = "read as " + h + " → 0, with each " + fx[0] + "(" + x + " + a" + h
        + ") written to second order: F₀ = " + fx[0] + "(" + x + "), F₁ = " + fx[0] + "′(" + x
        + "), F₂ = " + fx[0] + "″(" + x + ")";
    if (r != null && r.verdict() instanceof StepVerdict.Proved p) {
      run.out.add(new StepResult(line, lhs, chain.relations().get(0), rhs,
          new StepVerdict.Proved(why + "; " + p.how()), ""));
      return true;
    }
    if (r != null && r.verdict() instanceof StepVerdict.Refuted f) {
      run.out.add(new StepResult(line, lhs, chain.relations().get(0), rhs,
          new StepVerdict.Refuted(f.point(), f.rhs(), f.lhs(), why + ": the right side tends "
              + "to another value than F₁ (so for a quadratic " + fx[0] + ")"), ""));
      return true;
    }
    return false;
  }

  /** {function, variable} of a first derivative df(x)/dx, ∂f/∂x, f'(x); else null. */
  static String[] derivative(String lhs) {
    String s = lhs.replaceAll("\\s+", " ").replace("\\left(", "(").replace("\\right)", ")");
    Matcher m = FRACTION.matcher(s);
    if (m.matches() && (m.group(3) == null || m.group(3).equals(m.group(4)))) {
      return new String[] {m.group(2), m.group(4)};
    }
    m = PRIME.matcher(s);
    return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
  }

  private static String readable(String latex) {
    try {
      return LatexNames.readable(LatexReader.read(latex).engineSyntax().strip());
    } catch (RuntimeException e) {
      return latex;
    }
  }

  private static boolean generic(DocumentRun run, String f) {
    if (run.functions.contains(f)) {
      return false;
    }
    try {
      return !run.ctx.defines(LatexReader.read(f).engineSyntax().strip());
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static boolean hasValue(DocumentRun run, String step) {
    try {
      String name = LatexReader.read(step).engineSyntax().strip();
      Set<String> known = new LinkedHashSet<>(run.ctx.point().keySet());
      return known.contains(name) || run.ctx.defines(name);
    } catch (RuntimeException e) {
      return true;
    }
  }
}
