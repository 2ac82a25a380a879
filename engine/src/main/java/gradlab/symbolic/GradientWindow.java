package gradlab.symbolic;

import java.util.Map;
import org.hipparchus.analysis.UnivariateFunction;
import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.univariate.BrentOptimizer;
import org.hipparchus.optim.univariate.SearchInterval;
import org.hipparchus.optim.univariate.UnivariateObjectiveFunction;

/**
 * The algebra of the vanishing-gradient exercise, for one sigmoid unit with weight w: the factor
 * |w·σ′(wz + b)| that each layer contributes to ∂C/∂b₁. Everything is derived with the engine:
 * W = |w| is a positive symbol, s = σ(wz + b) ∈ (0, 1).
 */
public final class GradientWindow {
  private final SymbolicEngine engine;
  private final IdentityProver prover;

  public GradientWindow(SymbolicEngine engine, IdentityProver prover) {
    this.engine = engine;
    this.prover = prover;
  }

  /** What it offers, for a script that prints it (it printed GradientWindow@2a8897c). */
  @Override
  public String toString() {
    return "the vanishing-gradient window of one sigmoid unit, |w·σ′(w·z + b)| ≥ 1: "
        + "maxSigmaPrime(), weightThreshold(), width(), widthMaximum(width().width(), upper)";
  }

  /** max σ′ over ℝ, symbolically: 1/4 at z = 0. */
  public Extremum maxSigmaPrime() {
    return engine.call(() -> Maximizer.maximize(engine.eval("D(sigma(z),z)").raw(), "z", false,
        engine));
  }

  /**
   * The least W with W·max σ′ ≥ 1: since |w·σ′(u)| ≤ W·max σ′, the factor can reach 1 only if
   * W ≥ this value (4).
   */
  public Expr weightThreshold() {
    Expr bound = engine.apply("Times", engine.symbol("W"), maxSigmaPrime().value());
    Expr solved = engine.apply("Solve", engine.apply("Equal", bound, engine.eval("1")),
        engine.symbol("W"));
    return engine.apply("ReplaceAll", engine.symbol("W"), engine.apply("First", solved));
  }

  /** The window's endpoints in s and its width in z, with the proofs. */
  public WindowWidth width() {
    Expr roots = engine.eval("Solve(W*s*(1-s)==1, s)");
    Expr sMinus = engine.eval("s /. " + roots.input() + "[[1]]");
    Expr sPlus = engine.eval("s /. " + roots.input() + "[[2]]");
    if (engine.numeric(sMinus, Map.of("W", 8.0)) > engine.numeric(sPlus, Map.of("W", 8.0))) {
      Expr t = sMinus;
      sMinus = sPlus;
      sPlus = t;
    }
    Domain domain = Domain.reals().with("W", 4, 40);
    IdentityVerdict complement = prover.prove(engine.apply("Subtract", engine.eval("1"), sPlus),
        sMinus, domain);
    // z-width = (logit s₊ − logit s₋)/W = (ln(s₊/(1−s₊)) − ln(s₋/(1−s₋)))/W = (2/W)·ln(s₊/s₋)
    Expr width = engine.eval("(2/W)*Log((" + sPlus.input() + ")/(" + sMinus.input() + "))");
    Expr seed = engine.eval("(2/W)*Log(W*(1+Sqrt(1-4/W))/2-1)");
    IdentityVerdict agreement = prover.prove(width, seed, domain);
    return new WindowWidth(sMinus, sPlus, complement, width, seed, agreement);
  }

  /** The width's maximum over W ∈ (4, upper], by Brent's method and by d/dW = 0. */
  public WidthMaximum widthMaximum(Expr width, double upper) {
    UnivariateFunction f = w -> engine.numeric(width, Map.of("W", w));
    var optimum = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(500),
        new UnivariateObjectiveFunction(f), GoalType.MAXIMIZE,
        new SearchInterval(4 + 1e-9, upper));
    Expr derivative = engine.diff(width, "W");
    UnivariateFunction df = w -> engine.numeric(derivative, Map.of("W", w));
    double root = new BrentSolver(1e-13).solve(500, df, 4.5, upper);
    return new WidthMaximum(optimum.getPoint(), optimum.getValue(), root, derivative);
  }
}
