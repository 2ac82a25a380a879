package gradlab.symbolic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.hipparchus.fraction.BigFraction;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Decides lhs = rhs without trusting a computer-algebra zero test, which answers a false "not
 * equal" on true identities such as tanh x = 2σ(2x) − 1.
 *
 * <p>Proof strategies, tried in order: (1) rewriting: {@code Together}/{@code Simplify} of the
 * difference is 0; (2) the same after rewriting activations to exponential form; (3) congruence:
 * both sides are the same function or product except in one argument, whose equality is proved
 * recursively; (4) radical elimination: each √R, with R = N/D and D > 0 on the domain, becomes
 * √(N·D)/D; equal radicands become one symbol r with r² = N·D, and the difference's numerator is
 * reduced modulo r² − N·D by exact polynomial division.
 *
 * <p>Whatever the proof says, the sides are also compared at seeded random points of the domain.
 * A disagreement is confirmed at 30 digits before anything is called refuted.
 */
public final class IdentityProver {
  private static final double TOLERANCE = 1e-9;
  private final SymbolicEngine engine;
  private final int samples;
  private final long seed;

  public IdentityProver(SymbolicEngine engine, int samples, long seed) {
    this.engine = engine;
    this.samples = samples;
    this.seed = seed;
  }

  public IdentityVerdict prove(Expr lhs, Expr rhs, Domain domain) {
    return engine.call(() -> decide(lhs.raw(), rhs.raw(), domain));
  }

  private IdentityVerdict decide(IExpr lhs, IExpr rhs, Domain domain) {
    int[] compared = new int[1];
    Optional<IdentityVerdict.Refuted> counter = sample(lhs, rhs, domain, compared);
    if (counter.isPresent()) {
      return counter.get();
    }
    Optional<String> proof = proof(lhs, rhs, domain, 3);
    return proof.<IdentityVerdict>map(p -> new IdentityVerdict.Proved(p, compared[0]))
        .orElseGet(() -> new IdentityVerdict.Unknown(compared[0], TOLERANCE));
  }

  private Optional<String> proof(IExpr lhs, IExpr rhs, Domain domain, int depth) {
    IExpr d = difference(lhs, rhs);
    if (d.isZero()) {
      return Optional.of("rewriting");
    }
    IExpr l = ActivationCalculus.toExpForm(lhs, engine);
    IExpr r = ActivationCalculus.toExpForm(rhs, engine);
    IExpr de = difference(l, r);
    // the cheap normal forms first: Simplify may spend its whole time limit where the
    // exponential form's Together already gives 0
    if (de.isZero()) {
      return Optional.of("σ↔exp rewriting");
    }
    if (isZero(d)) {
      return Optional.of("rewriting");
    }
    if (isZero(de)) {
      return Optional.of("σ↔exp rewriting");
    }
    if (depth > 0) {
      Optional<String> c = congruence(lhs, rhs, domain, depth);
      if (c.isPresent()) {
        return c;
      }
    }
    return RadicalElimination.proveZero(difference(l, r), domain, engine)
        .map(s -> "radical elimination: " + s);
  }

  private IExpr difference(IExpr a, IExpr b) {
    return engine.evalRaw(F.function(F.symbol("Together"), F.Subtract(a, b)));
  }

  private boolean isZero(IExpr d) {
    if (d.isZero()) {
      return true;
    }
    IExpr s = engine.evalRaw(F.function(F.symbol("TimeConstrained"),
        F.function(F.symbol("Simplify"), d), F.num(2.0), F.symbol("$Aborted")));
    return s.isZero();
  }

  /** f(…, a, …) = f(…, b, …) because a = b. */
  private Optional<String> congruence(IExpr lhs, IExpr rhs, Domain domain, int depth) {
    if (!lhs.isAST() || !rhs.isAST() || !lhs.head().equals(rhs.head())) {
      return Optional.empty();
    }
    IAST a = (IAST) lhs;
    IAST b = (IAST) rhs;
    if (a.argSize() != b.argSize()) {
      return Optional.empty();
    }
    List<Integer> differing = new ArrayList<>();
    for (int i = 1; i <= a.argSize(); i++) {
      if (!a.getAt(i).equals(b.getAt(i))) {
        differing.add(i);
      }
    }
    if (differing.size() != 1) {
      return Optional.empty();
    }
    int i = differing.get(0);
    return proof(a.getAt(i), b.getAt(i), domain, depth - 1)
        .map(p -> "congruence in " + UnicodeForm.format(a.head()) + ", then " + p);
  }

  /** Compares at seeded points; counts in {@code compared[0]} the points where both sides had values. */
  private Optional<IdentityVerdict.Refuted> sample(IExpr lhs, IExpr rhs, Domain domain,
      int[] compared) {
    List<String> vars = new ArrayList<>(InputForm.symbolsOf(lhs));
    for (String v : InputForm.symbolsOf(rhs)) {
      if (!vars.contains(v)) {
        vars.add(v);
      }
    }
    Random random = new Random(seed);
    for (int k = 0; k < samples; k++) {
      Map<String, Double> point = new LinkedHashMap<>();
      for (String v : vars) {
        double[] i = domain.interval(v);
        point.put(v, i[0] + (i[1] - i[0]) * random.nextDouble());
      }
      double l = value(lhs, point);
      double r = value(rhs, point);
      if (Double.isFinite(l) && Double.isFinite(r)) {
        compared[0]++;
      }
      if (Double.isFinite(l) && Double.isFinite(r)
          && Math.abs(l - r) > TOLERANCE * (1 + Math.abs(l) + Math.abs(r))
          && confirmedAtHighPrecision(lhs, rhs, point)) {
        return Optional.of(new IdentityVerdict.Refuted(point, l, r));
      }
    }
    return Optional.empty();
  }

  private double value(IExpr e, Map<String, Double> point) {
    try {
      return engine.numeric(new Expr(e), point);
    } catch (RuntimeException ex) {
      return Double.NaN;
    }
  }

  private boolean confirmedAtHighPrecision(IExpr lhs, IExpr rhs, Map<String, Double> point) {
    Map<String, Expr> exact = new LinkedHashMap<>();
    point.forEach((k, v) -> exact.put(k, new Expr(F.QQ(new BigFraction(v)))));
    IExpr d = ActivationCalculus.expandDerivatives(
        engine.substituteRaw(engine.evalRaw(F.Subtract(lhs, rhs)), exact), engine);
    IExpr n = engine.evalRaw(F.N(ActivationCalculus.toExpForm(d, engine), F.ZZ(30)));
    return n.isNumber() && n.isReal() && Math.abs(n.evalf()) > 1e-20;
  }
}
