package gradlab.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Proves an expression with square roots is zero by exact algebra.
 *
 * <p>Each √R is put in a canonical form: with R = N/D (after {@code Together}) and D known to
 * be positive on the domain (a product of positive variables and positive constants),
 * √R = √(N·D)/D. Radicals with the same expanded radicand N·D become one symbol rₖ, with
 * rₖ² = N·D. If the numerator of the difference reduces to 0 modulo every rₖ² − (N·D)ₖ, the
 * expression is 0 for every choice of the signs of rₖ, in particular for the positive roots.
 */
final class RadicalElimination {
  private RadicalElimination() {}

  static Optional<String> proveZero(IExpr e, Domain domain, SymbolicEngine engine) {
    Map<IExpr, IExpr> radicals = new LinkedHashMap<>();
    java.util.Set<String> notes = new java.util.LinkedHashSet<>();
    IExpr rewritten = e.replaceAll(node -> canonical(node, domain, engine, radicals, notes))
        .orElse(e);
    if (radicals.isEmpty()) {
      return Optional.empty();
    }
    IExpr numerator = engine.evalRaw(F.function(F.symbol("Numerator"),
        engine.evalRaw(F.function(F.symbol("Together"), rewritten))));
    IExpr reduced = numerator;
    for (int round = 0; round < 3; round++) {
      for (Map.Entry<IExpr, IExpr> r : radicals.entrySet()) {
        IExpr relation = F.Subtract(F.Power(r.getValue(), F.C2), r.getKey());
        reduced = engine.evalRaw(F.function(F.symbol("PolynomialRemainder"),
            engine.evalRaw(F.function(F.symbol("Expand"), reduced)),
            engine.evalRaw(relation), r.getValue()));
      }
    }
    reduced = engine.evalRaw(F.function(F.symbol("Expand"), reduced));
    if (!reduced.isZero()) {
      return Optional.empty();
    }
    List<String> names = new ArrayList<>();
    radicals.forEach((radicand, sym) -> names.add(UnicodeForm.format(sym) + " = √("
        + UnicodeForm.format(radicand) + ")"));
    return Optional.of(String.join(", ", names) + (notes.isEmpty() ? ""
        : "; using " + String.join(", ", notes)));
  }

  private static IExpr canonical(IExpr node, Domain domain, SymbolicEngine engine,
      Map<IExpr, IExpr> radicals, java.util.Set<String> notes) {
    if (!node.isPower() || !node.exponent().isFraction()) {
      return F.NIL;
    }
    IExpr exp = node.exponent();
    IExpr twice = engine.evalRaw(F.Times(F.C2, exp));
    if (!twice.isInteger()) {
      return F.NIL;
    }
    IExpr together = engine.evalRaw(F.function(F.symbol("Together"), node.base()));
    IExpr num = engine.evalRaw(F.function(F.symbol("Numerator"), together));
    IExpr den = engine.evalRaw(F.function(F.symbol("Denominator"), together));
    if (!den.isOne()) {
      if (!positive(den, domain)) {
        return F.NIL;
      }
      notes.add(UnicodeForm.format(den) + " > 0");
    }
    IExpr radicand = engine.evalRaw(F.function(F.symbol("Expand"), F.Times(num, den)));
    IExpr r = radicals.computeIfAbsent(radicand, k -> F.symbol("r" + (radicals.size() + 1)));
    // R^(k/2) = (√(N·D)/D)^k
    IExpr root = F.Times(r, F.Power(den, F.CN1));
    return engine.evalRaw(F.Power(root, twice));
  }

  /** A product of positive constants and powers of variables that the domain makes positive. */
  private static boolean positive(IExpr e, Domain domain) {
    if (e.isNumber()) {
      return e.isPositive();
    }
    if (e.isSymbol()) {
      return domain.isPositive(e.toString());
    }
    if (e.isPower()) {
      return positive(e.base(), domain);
    }
    if (e.isTimes()) {
      for (IExpr f : (IAST) e) {
        if (!positive(f, domain)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }
}
