package gradlab.check;

import gradlab.symbolic.ChainRule;
import gradlab.symbolic.Definition;
import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A side of a step, in the reader's engine syntax, made an expression in a context: ∂A/∂B
 * ({@code pd(A, B)}) under the local or the total reading, the text's definitions put in, the
 * functions it defines applied, d/dx ({@code dd(e, x)}) taken, then limits ({@link LatexLimits}).
 */
final class SideResolver {
  private static final Pattern PD = Pattern.compile("pd\\(\\s*([A-Za-z][A-Za-z0-9]*)\\s*,\\s*"
      + "([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  private final SymbolicEngine engine;

  SideResolver(SymbolicEngine engine) {
    this.engine = engine;
  }

  /** Parse, expand ∂A/∂B, inline the definitions, apply function rules, then d/dx. */
  Expr resolve(CheckContext ctx, String side, boolean localPartials) {
    Matcher m = PD.matcher(OperatorHeads.asPartials(ctx, side)); // D(L, z) of a defined L
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, Matcher.quoteReplacement("(" + partial(ctx, m.group(1),
          m.group(2), localPartials).input() + ")"));
    }
    m.appendTail(b);
    String read = ctx.functionRules().isEmpty() ? b.toString() : DeferredExtrema.defer(
        b.toString()); // \max_x g(x): g put in before maximising
    Expr e = expandFunctions(ctx, ctx.asDefinitions().inline(engine, engine.eval(read)));
    // "Let $c = \sqrt{2}$ and $g(x) = c x$": the names a function's body brings in are the
    // text's too (c was sampled as free, and a true g(x)² = 2x² was refuted)
    e = ctx.functionRules().isEmpty() ? e : ctx.asDefinitions().inline(engine, e);
    if (!read.equals(b.toString())) {
      e = DeferredExtrema.take(engine, e);
    }
    return engine.limitsMarked(engine.differentiateMarked(e, "dd"), LatexLimits.MARKER);
  }

  /** Applies the functions defined in the text, a(t) = …, to every call in {@code e}. */
  Expr expandFunctions(CheckContext ctx, Expr e) {
    return engine.applyRules(e, ctx.functionRules());
  }

  private Expr partial(CheckContext ctx, String top, String var, boolean localPartials) {
    if (ctx.defines(top)) {
      Expr rhs = ctx.asDefinitions().rhs(top).orElseThrow();
      if (rhs.isNumber() && !top.equals(var)) { // "L = 0.5*(0.7 - 1)^2 = 0.045": a value
        throw new IllegalArgumentException(partialOf(top, var) + ": " + readable(top)
            + " is given only as a value (" + rhs.unicode() + "), so its dependence on "
            + readable(var) + " is not in the text");
      }
      if (localPartials && !rhs.isFreeOf(var)) {
        return engine.diff(rhs, var);
      }
      if (ctx.defines(var) && !reaches(ctx, top, var)) {
        throw new IllegalArgumentException(partialOf(top, var) + ": " + readable(top)
            + " is not written in terms of " + readable(var) + " in the text");
      }
      if (!ctx.defines(var) && ctx.asDefinitions().inline(engine, rhs).isFreeOf(var)
          && ctx.definitions().stream().allMatch(d -> d.rhs().isFreeOf(var))) {
        throw new IllegalArgumentException(partialOf(top, var) + ": " + readable(var)
            + " occurs nowhere in the definitions, so its relation to " + readable(top)
            + " is unknown");
      }
      String cut = reaches(ctx, top, var) ? null : DependencyCuts.reason(engine, ctx, top, var);
      if (cut != null) {
        throw new IllegalArgumentException(partialOf(top, var) + ": " + cut);
      }
      return new ChainRule(engine, ctx.asDefinitions()).derivative(top, var).value();
    }
    if (top.equals(var)) {
      return engine.eval("1");
    }
    Expr applied = BareFunctionValues.applied(engine, ctx, top); // L of the text's L(a, y)
    String other = BareFunctionValues.otherArgumentThrough(ctx, top, var,
        (c, p) -> reaches(c, p, var));
    if (applied != null && other != null) { // ∂q/∂r of q(s, r) with s = 3r: s held, or not
      throw new IllegalArgumentException("ambiguous: " + partialOf(top, var) + " of "
          + readable(top) + " with " + readable(var) + " an argument and " + readable(other)
          + ", another argument, defined through " + readable(var) + ": the partial in "
          + readable(var) + "'s place (" + readable(other) + " held) and the derivative through "
          + readable(other) + " are two readings");
    }
    if (applied != null) {
      return partial(ctx.withDefinition(new Definition(top, applied)), top, var, localPartials);
    }
    throw new IllegalArgumentException(partialOf(top, var) + ": " + readable(top) + " is not "
        + "defined in the text, so its dependence on " + readable(var) + " is unknown");
  }

  /** ∂top/∂var with the names as the text writes them, for messages. */
  private static String partialOf(String top, String var) {
    return "∂" + readable(top) + "/∂" + readable(var);
  }

  private static String readable(String engineName) {
    return LatexNames.readable(engineName);
  }

  /**
   * Whether ∂A/∂B read as the local partial and as the total derivative are one reading in
   * {@code side}: for every ∂A/∂B in it, B is not a direct argument of A's definition, or no
   * other name in that definition depends on B (no path to B but the direct one).
   */
  static boolean oneReadingOfPartials(CheckContext ctx, String side) {
    Matcher m = PD.matcher(side);
    while (m.find()) {
      String top = m.group(1);
      String var = m.group(2);
      Expr rhs = ctx.defines(top) ? ctx.asDefinitions().rhs(top).orElse(null) : null;
      if (rhs == null || rhs.isFreeOf(var)) {
        continue;
      }
      boolean otherPath = ctx.definitions().stream().map(Definition::name)
          .filter(d -> !d.equals(var) && !rhs.isFreeOf(d)).anyMatch(d -> reaches(ctx, d, var));
      if (otherPath) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code var} occurs in the definition of {@code top}, directly or through names. */
  static boolean reaches(CheckContext ctx, String top, String var) {
    Set<String> seen = new HashSet<>();
    List<String> todo = new ArrayList<>(List.of(top));
    while (!todo.isEmpty()) {
      String n = todo.remove(todo.size() - 1);
      if (!seen.add(n)) {
        continue;
      }
      Expr rhs = ctx.asDefinitions().rhs(n).orElse(null);
      if (rhs == null) {
        continue;
      }
      if (!rhs.isFreeOf(var)) {
        return true;
      }
      ctx.definitions().stream().map(Definition::name).filter(d -> !rhs.isFreeOf(d))
          .forEach(todo::add);
    }
    return false;
  }
}
