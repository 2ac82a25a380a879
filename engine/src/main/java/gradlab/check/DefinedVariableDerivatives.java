package gradlab.check;

import gradlab.symbolic.Expr;
import gradlab.symbolic.SymbolicEngine;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * d/da of a formula written in a itself, where the text also defines a: Ng's
 * {@code \frac{d\mathcal{L}(a, y)}{da}} after {@code a = \sigma(z)} and {@code \mathcal{L}(a, y) =
 * …}. Putting a's definition in before differentiating leaves nothing to differentiate by, so
 * such a step was "not checked (which variables are held fixed?)". The question has one answer
 * when no other name in the formula depends on a (through the text's definitions): holding
 * every other name fixed is then the total derivative too. The derivative is taken with a as the
 * variable, and a's definition is put in after, as for every other name of the step; so a
 * refutation is found at values a actually takes (a = σ(z) in (0, 1)). Where another name of the
 * formula reaches a, the step keeps its refusal.
 */
final class DefinedVariableDerivatives {
  private static final Pattern NAME = EngineNames.NAME;
  private static final String MARK = "dd(";
  /** Rounds of putting in definitions (π through p, p through σ). */
  private static final int ROUNDS = 4;

  private DefinedVariableDerivatives() {}

  /**
   * {@code side} with each {@code dd(body, a)} of a defined a taken, where no other name of the
   * body reaches a; otherwise {@code side} unchanged.
   */
  static String taken(SymbolicEngine engine, CheckContext ctx, String side) {
    if (!side.contains(MARK)) {
      return side;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    int at = side.indexOf(MARK);
    while (at >= 0) {
      int close = TopLevel.closing(side, at + MARK.length() - 1);
      if (close < 0) {
        return side;
      }
      String derivative = at > 0 && Character.isLetterOrDigit(side.charAt(at - 1)) ? null
          : derivative(engine, ctx, side.substring(at + MARK.length(), close));
      if (derivative != null) {
        out.append(side, from, at).append(derivative);
        from = close + 1;
      }
      at = side.indexOf(MARK, derivative != null ? close + 1 : at + 1);
    }
    return from == 0 ? side : out.append(side.substring(from)).toString();
  }

  /**
   * {@code e}, which does not write var, with the definitions put in of its names that are
   * defined through var (Sutton and Barto's ln π, with π(a|s, θ) written in σ and μ, for ∂/∂σ
   * after σ = exp(θ_σ x_σ)); null where that leaves var out, or where a name left over shares an
   * input with var (μ = θ x, σ = exp(θ): is μ held fixed or moved with θ?), so that holding the
   * others fixed is the only reading.
   */
  private static Expr throughNamesOf(SymbolicEngine engine, CheckContext ctx, Expr e,
      String var) {
    Expr out = e;
    for (int round = 0; round < ROUNDS; round++) {
      java.util.Map<String, Expr> put = new java.util.HashMap<>();
      for (String n : engine.freeSymbols(out)) {
        if (!n.equals(var) && DependencyCuts.closure(engine, ctx, n).contains(var)) {
          ctx.asDefinitions().rhs(n).ifPresent(rhs -> put.put(n, rhs));
        }
      }
      if (put.isEmpty()) {
        break;
      }
      out = engine.applyRules(engine.substitute(out, put), ctx.functionRules());
    }
    Set<String> names = engine.freeSymbols(out);
    if (!names.contains(var)) {
      return null;
    }
    Set<String> inputs = new java.util.HashSet<>(DependencyCuts.closure(engine, ctx, var));
    inputs.remove(var);
    for (String other : names) {
      if (!other.equals(var) && !java.util.Collections.disjoint(inputs,
          DependencyCuts.closure(engine, ctx, other))) {
        return null;
      }
    }
    return out;
  }

  /** The derivative of {@code body, var} in engine syntax, bracketed, or null. */
  private static String derivative(SymbolicEngine engine, CheckContext ctx, String inner) {
    int comma = TopLevel.last(inner, ',');
    if (comma < 0) {
      return null;
    }
    String body = inner.substring(0, comma).strip();
    String var = inner.substring(comma + 1).strip();
    if (!NAME.matcher(var).matches() || !ctx.defines(var) || body.contains("dd(")
        || body.contains("pd(") || ctx.point().containsKey(var)) {
      return null;
    }
    try {
      Expr e = engine.applyRules(engine.eval(body), ctx.functionRules());
      Set<String> names = engine.freeSymbols(e);
      if (names.isEmpty() && Double.isFinite(engine.numeric(e, java.util.Map.of()))) {
        return "(0)"; // ln π with π the number: a constant under every reading
      }
      if (!names.contains(var)) {
        e = throughNamesOf(engine, ctx, e, var);
        if (e == null) {
          return null;
        }
        names = engine.freeSymbols(e);
      }
      for (String other : names) {
        if (!other.equals(var) && DependencyCuts.closure(engine, ctx, other).contains(var)) {
          return null; // another name moves with a: which are held fixed is a real question
        }
      }
      String d = engine.diff(e, var).input();
      // a derivative in prime form or unevaluated does not read back reliably
      return d.contains("'") || d.contains("Derivative") || d.contains("D(") ? null
          : "(" + d + ")";
    } catch (RuntimeException ex) {
      return null;
    }
  }
}
