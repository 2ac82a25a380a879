package gradlab.check;

import gradlab.symbolic.Definition;
import gradlab.symbolic.Domain;
import gradlab.symbolic.Expr;
import gradlab.symbolic.IdentityProver;
import gradlab.symbolic.IdentityVerdict;
import gradlab.symbolic.SymbolicEngine;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The input of a bias unit: in ŷ = h₁w₇ + h₂w₈ + b₂w₉ the name b₂ is the constant input that a
 * network's figure draws as a "1" node with its own weight w₉. Texts that take the network from a
 * figure never state b₂ = 1, and write ∂ŷ/∂w₉ = 1. Such a step fails only because b₂ is left
 * free, so it is not refuted: it holds at b₂ = 1, which the figure fixes and the text does not.
 *
 * <p>Narrow on purpose, so that a dropped input (∂(wx)/∂w = 1, which holds only at x = 1) is
 * still refuted: the name is a bias's (b, b₂, bias), never given a value or definition in the
 * text, and some definition of the text multiplies it by one weight alone (its derivative with
 * respect to the name is a single other name).
 */
final class BiasInputs {
  private static final Pattern BIAS_NAME = Pattern.compile("b\\d*|bias\\d*");

  private BiasInputs() {}

  /** The bias input at whose value 1 the refuted step holds, if there is one. */
  static Optional<String> holdsOnlyAtOne(SymbolicEngine engine, IdentityProver prover,
      CheckContext ctx, Expr l, Expr r, Domain domain, Instant proofBy) {
    Set<String> names = new java.util.TreeSet<>(engine.freeSymbols(l));
    names.addAll(engine.freeSymbols(r));
    for (String n : names) {
      if (!BIAS_NAME.matcher(n).matches() || ctx.defines(n) || ctx.point().containsKey(n)
          || !inputOfOneWeight(engine, ctx, n)) {
        continue;
      }
      Map<String, Expr> one = Map.of(n, engine.parse("1"));
      IdentityVerdict v = prover.prove(engine.substitute(l, one), engine.substitute(r, one),
          domain, proofBy);
      if (v instanceof IdentityVerdict.Proved) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /** Whether a definition of the text has {@code n} times one weight: ∂rhs/∂n is one name. */
  private static boolean inputOfOneWeight(SymbolicEngine engine, CheckContext ctx, String n) {
    for (Definition d : ctx.definitions()) {
      if (d.rhs().isFreeOf(n)) {
        continue;
      }
      try {
        Expr slope = engine.diff(d.rhs(), n);
        Set<String> in = engine.freeSymbols(slope);
        if (in.size() == 1 && !in.contains(n) && slope.input().equals(in.iterator().next())) {
          return true;
        }
      } catch (RuntimeException e) {
        // a definition the engine cannot differentiate says nothing about n
      }
    }
    return false;
  }
}
