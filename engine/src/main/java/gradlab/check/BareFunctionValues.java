package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.FunctionRule;
import gradlab.symbolic.SymbolicEngine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A function the text defines, written bare in a step that differentiates it: Ng's
 * {@code \mathcal{L}(a, y) = …} with {@code a = \sigma(z)}, then {@code \frac{d\mathcal{L}}{dz}
 * = a - y} and {@code \frac{\partial \mathcal{L}}{\partial w_1} = x_1 \frac{d\mathcal{L}}{dz}}.
 * The text's L is L(a, y): its value at its own parameters, which are the text's quantities. The
 * step was "not checked: L is not defined in the text, so its dependence on z is unknown".
 *
 * <p>Read here, only in a step that takes ∂f/∂v of the text's function f (which makes f a
 * quantity, a function of its variables): ∂f/∂v is d/dv f(p₁, …, pₖ) when v is a parameter or a
 * parameter is a quantity the text defines (the derivative then runs through that definition, as
 * for a unary f in {@link DefinedParameterDerivatives}), and a bare f elsewhere in the step is
 * f(p₁, …, pₖ) (Bishop's {@code \frac{d\sigma}{da} = \sigma(1 - \sigma)} of a σ(a) the text
 * defines). A unary function's derivative keeps {@link DefinedParameterDerivatives}'s reading;
 * a parameter list that is not all names, a function the text also defines as a name, or a step
 * that differentiates with respect to f, is left as before. Stateless.
 */
final class BareFunctionValues {
  private static final Pattern NAME = EngineNames.NAME;
  /** pd(f, v), a partial of a name by a name in engine syntax (f and v its groups). */
  static final Pattern PARTIAL = Pattern.compile("pd\\(([A-Za-z][A-Za-z0-9]*), "
      + "([A-Za-z][A-Za-z0-9]*)\\)");

  private BareFunctionValues() {}

  /** {@link OpaquePartials#rewrite} of the two sides, then {@link #rewrite}. */
  static String[] opaque(DocumentRun run, String lhs, String rhs) {
    return rewrite(run, OpaquePartials.rewrite(run, lhs, rhs));
  }

  /** The two sides (engine syntax) with the text's functions that the step differentiates read. */
  static String[] rewrite(DocumentRun run, String[] sides) {
    String[] out = sides.clone();
    for (FunctionRule rule : run.ctx.functionRules()) {
      String f = rule.name();
      List<String> ps = rule.parameters();
      for (int k = 0; k < out.length; k++) {
        out[k] = twoReadings(run, out[k], f);
      }
      if (!run.functions.contains(f) || run.ctx.defines(f) || ps.isEmpty() || ps.contains(f)
          || !ps.stream().allMatch(p -> NAME.matcher(p).matches())
          || !(differentiates(out, f, ps, run) || BodyNamePartials.takes(out, rule, run.ctx))) {
        continue;
      }
      String call = f + "(" + String.join(", ", ps) + ")";
      for (int k = 0; k < out.length; k++) {
        out[k] = bare(partials(BodyNamePartials.read(out[k], rule, run.ctx, call), f, ps, call,
            defined(run, out)), f, call);
      }
    }
    return out;
  }

  /** The names of the two sides that the text defines (a ∂/∂v of such a v stays pd). */
  private static java.util.Set<String> defined(DocumentRun run, String[] sides) {
    java.util.Set<String> names = new java.util.HashSet<>();
    for (String side : sides) {
      Matcher m = PARTIAL.matcher(side);
      while (m.find()) {
        if (run.ctx.defines(m.group(2))) {
          names.add(m.group(2));
        }
      }
    }
    return names;
  }

  /** Whether a side takes ∂f/∂v with v a parameter of f, or through a parameter the text defines. */
  private static boolean differentiates(String[] sides, String f, List<String> ps,
      DocumentRun run) {
    boolean throughDefined = ps.stream().anyMatch(run.ctx::defines);
    for (String side : sides) {
      if (side.contains(", " + f + ")")) {
        return false; // ∂·/∂f: f as a variable of differentiation
      }
    }
    for (String side : sides) {
      Matcher m = PARTIAL.matcher(side);
      while (m.find()) {
        if (m.group(1).equals(f) && (ps.contains(m.group(2)) || throughDefined)) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * pd(f, v) of a function of several parameters where another parameter is defined through v,
   * written {@code pd(f,v)}: not d/dv of f at its parameters (which runs through the other one)
   * but left to {@link SideResolver}, which names the two readings.
   */
  private static String twoReadings(DocumentRun run, String side, String f) {
    return PARTIAL.matcher(side).replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals(f)
        && otherArgumentThrough(run.ctx, f, m.group(2), (c, p) -> SideResolver.reaches(c, p,
        m.group(2))) != null ? "pd(" + f + "," + m.group(2) + ")" : m.group()));
  }

  /**
   * pd(f, v) of a function of several parameters, v none of them, as d/dv of f at its
   * parameters. Of a parameter v it is left to the caller's reading ("its other arguments held",
   * or both readings where an argument is itself a function of the text, {@link
   * IntermediateVariables}).
   */
  private static String partials(String side, String f, List<String> ps, String call,
      java.util.Set<String> defined) {
    if (ps.size() == 1) {
      return side; // DefinedParameterDerivatives reads a unary f's derivative
    }
    return PARTIAL.matcher(side).replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals(f)
        && !defined.contains(m.group(2)) && !ps.contains(m.group(2)) ? "dd(" + call + ", " + m.group(2) + ")" : m.group()));
  }

  /**
   * Another parameter of the text's function f, besides {@code var}, that the text defines
   * through {@code var} ({@code s} of q(s, r) with s = 3r, for ∂q/∂r): the partial in r's place
   * and the derivative through s then differ; null where there is none or var is no parameter.
   */
  static String otherArgumentThrough(CheckContext ctx, String f, String var,
      java.util.function.BiPredicate<CheckContext, String> reachesVar) {
    for (FunctionRule rule : ctx.functionRules()) {
      if (rule.name().equals(f) && rule.parameters().contains(var)) {
        for (String p : rule.parameters()) {
          if (!p.equals(var) && ctx.defines(p) && reachesVar.test(ctx, p)) {
            return p;
          }
        }
      }
    }
    return null;
  }

  /**
   * f at its parameters with the text's functions applied, for ∂f/∂v of a v the text defines
   * ({@link SideResolver}: f is then a quantity like any defined name, and the derivative runs
   * through the definitions); null where f is no function of the text with names as parameters.
   */
  static Expr applied(SymbolicEngine engine, CheckContext ctx, String f) {
    for (FunctionRule rule : ctx.functionRules()) {
      List<String> ps = rule.parameters();
      if (rule.name().equals(f) && !ps.isEmpty() && !ps.contains(f)
          && ps.stream().allMatch(p -> NAME.matcher(p).matches())) {
        return engine.applyRules(engine.eval(f + "(" + String.join(", ", ps) + ")"),
            ctx.functionRules());
      }
    }
    return null;
  }

  /** Each bare f (no bracket, prime or ∂ right around it) as f at its parameters. */
  private static String bare(String side, String f, String call) {
    Matcher m = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(f)
        + "(?![A-Za-z0-9_'(\\[])").matcher(side);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      String before = side.substring(0, m.start()).stripTrailing();
      m.appendReplacement(b, Matcher.quoteReplacement(before.endsWith("pd(")
          || before.endsWith("dd(") ? m.group() : call));
    }
    m.appendTail(b);
    return b.toString();
  }
}
