package gradlab.symbolic;

import gradlab.math.PreciseNumeric;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.List;
import java.util.Optional;
import org.matheclipse.core.expression.ApcomplexNum;
import org.matheclipse.core.expression.ApfloatNum;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Decides lhs = rhs without trusting a computer-algebra zero test, which answers a false "not
 * equal" on true identities such as tanh x = 2σ(2x) − 1.
 *
 * <p>Proof strategies, tried in order: (1) rewriting: {@code Together}/{@code Simplify} of the
 * difference is 0; (2) the same after rewriting activations to exponential form, where powers
 * of e that are rational multiples of one exponent are read as powers of one symbol
 * ({@link ExponentialRational}); (3) congruence:
 * both sides are the same function or product except in one argument, whose equality is proved
 * recursively; (4) radical elimination: each √R, with R = N/D and D > 0 on the domain, becomes
 * √(N·D)/D; equal radicands become one symbol r with r² = N·D, and the difference's numerator is
 * reduced modulo r² − N·D by exact polynomial division.
 *
 * <p>Whatever the proof says, the sides are first compared at seeded random points of the domain,
 * in double precision by the math language's own evaluator where the sides translate to its tree
 * (else by the engine). A disagreement is confirmed at 40 digits ({@link PreciseNumeric}, or the
 * engine at 30 digits) before anything is called refuted ({@link SampledComparison}).
 */
public final class IdentityProver {
  private static final double TOLERANCE = SampledComparison.TOLERANCE;
  private static final int MAX_LEAVES = 2000;
  private static final int MAX_DEGREE = 40;
  private static final long MIN_PROOF_MILLIS = 50;
  private final SymbolicEngine engine;
  private final SampledComparison points;

  public IdentityProver(SymbolicEngine engine, int samples, long seed) {
    this.engine = engine;
    this.points = new SampledComparison(engine, samples, seed);
  }

  public IdentityVerdict prove(Expr lhs, Expr rhs, Domain domain) {
    return engine.call(() -> decide(engine.raw(lhs), engine.raw(rhs), domain));
  }

  /**
   * As {@link #prove(Expr, Expr, Domain)}, with the symbolic proof stopped at {@code proofBy}:
   * the sides are compared at the sample points first, and a proof that is not found by then
   * leaves the comparison's verdict (unknown: equal at the points compared), never a wait.
   */
  public IdentityVerdict prove(Expr lhs, Expr rhs, Domain domain, java.time.Instant proofBy) {
    int[] compared = new int[1];
    Optional<IdentityVerdict.Refuted> counter = engine.call(() -> points.sample(engine.raw(lhs),
        engine.raw(rhs), domain, compared));
    if (counter.isPresent()) {
      return counter.get();
    }
    IdentityVerdict unknown = new IdentityVerdict.Unknown(compared[0], TOLERANCE);
    IdentityVerdict outOfTime = new IdentityVerdict.Unknown(compared[0], TOLERANCE, true);
    // no deadline (Instant.MAX): Duration.toMillis of the span to it overflows a long
    java.time.Duration left = proofBy.equals(java.time.Instant.MAX) ? java.time.Duration.ZERO
        : java.time.Duration.between(java.time.Instant.now(), proofBy);
    if (!proofBy.equals(java.time.Instant.MAX) && left.toMillis() < MIN_PROOF_MILLIS) {
      return outOfTime;
    }
    try {
      Callable<Optional<String>> task = () -> proof(engine.raw(lhs), engine.raw(rhs), domain, 3);
      Optional<String> proof = proofBy.equals(java.time.Instant.MAX) ? engine.call(task)
          : engine.call(task, left);
      return proof.<IdentityVerdict>map(p -> new IdentityVerdict.Proved(p, compared[0]))
          .orElse(unknown);
    } catch (EvaluationTimeoutException e) {
      if (e.limit().isZero()) {
        throw e; // the caller itself was stopped
      }
      return outOfTime;
    }
  }

  private IdentityVerdict decide(IExpr lhs, IExpr rhs, Domain domain) {
    int[] compared = new int[1];
    Optional<IdentityVerdict.Refuted> counter = points.sample(lhs, rhs, domain, compared);
    if (counter.isPresent()) {
      return counter.get();
    }
    Optional<String> proof = proof(lhs, rhs, domain, 3);
    return proof.<IdentityVerdict>map(p -> new IdentityVerdict.Proved(p, compared[0]))
        .orElseGet(() -> new IdentityVerdict.Unknown(compared[0], TOLERANCE));
  }

  private Optional<String> proof(IExpr lhs, IExpr rhs, Domain domain, int depth) {
    if (beyondAlgebra(lhs) || beyondAlgebra(rhs)) {
      return Optional.empty(); // the sampled comparison stands: unknown, or refuted
    }
    IExpr d = difference(lhs, rhs);
    if (d.isZero()) {
      return Optional.of("rewriting");
    }
    IExpr l = ActivationCalculus.toExpForm(lhs, engine);
    IExpr r = ActivationCalculus.toExpForm(rhs, engine);
    // named after what was rewritten: "σ↔exp" where no σ occurs misled a lecturer (ReLU′(2) = 1)
    String exp = (lhs.toString() + rhs.toString()).toLowerCase(java.util.Locale.ROOT)
        .contains("sigma") ? "σ↔exp rewriting" : l.equals(lhs) && r.equals(rhs) ? "rewriting"
        : "rewriting in exponential form";
    // powers of one e^v first, as a rational function of T = e^v: Together of the exponential
    // form itself took 24 s on (σ(u) − t)σ(−u)σ(u) with u = w·x + b (load 18), and the grading
    // script's true answer ended unknown
    if (ExponentialRational.isZero(F.Subtract(l, r), engine)) {
      return Optional.of(exp);
    }
    if (NamedDerivativeForm.isZero(lhs, rhs, engine)) { // σ′ as σ(1 − σ): before e^u's cost
      return Optional.of("rewriting with σ′ = σ(1 − σ), tanh′ = 1 − tanh²");
    }
    IExpr de = difference(l, r);
    // the cheap normal forms first: Simplify may spend its whole time limit where the
    // exponential form's Together already gives 0
    if (de.isZero() || ExponentialRational.isZero(de, engine)) {
      return Optional.of(exp);
    }
    if (isZero(d)) {
      return Optional.of("rewriting");
    }
    if (isZero(de)) {
      return Optional.of(exp);
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

  /**
   * Whether a side is too large for Symja's polynomial algebra. Its factorisation and
   * multivariate gcd (JAS, inside Together, Simplify and Factor) do not look at stop requests,
   * so a degree-300 polynomial runs on for minutes after its budget; and a number of arbitrary
   * precision makes Together compute e to its precision at every power (ApfloatNum.isE), also
   * without stopping. Such sides get no symbolic proof. Real derivations stay far below both
   * size limits.
   */
  static boolean beyondAlgebra(IExpr e) {
    if (e.leafCount() > MAX_LEAVES) {
      return true;
    }
    return e.isPresent() && !e.isFree(x -> x instanceof ApfloatNum || x instanceof ApcomplexNum
        || x.isPower() && x.exponent().isInteger()
        && Math.abs(x.exponent().evalf()) > MAX_DEGREE, false);
  }

  private IExpr difference(IExpr a, IExpr b) {
    return difference(a, b, engine);
  }

  /** a − b as one fraction in lowest terms (Together), on the engine thread. */
  static IExpr difference(IExpr a, IExpr b, SymbolicEngine engine) {
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
}
