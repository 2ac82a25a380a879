package gradlab.symbolic;

import gradlab.math.Algebra;
import gradlab.math.Call;
import gradlab.math.Environment;
import gradlab.math.ExplicitDerivatives;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.Inverses;
import gradlab.math.MathFunction;
import gradlab.math.Num;
import gradlab.math.Numeric;
import gradlab.math.Power;
import gradlab.math.Printer;
import gradlab.math.Product;
import gradlab.math.Relation;
import gradlab.math.Substitution;
import gradlab.math.Sum;
import gradlab.math.Sym;
import gradlab.math.Symbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Solves one equation in one variable whose variable occurs only inside one invertible
 * catalogue function f(u) (σ′ written σ(1 − σ) first): s = f(u) is solved for as an algebraic
 * equation, each root s in f's range gives u = f⁻¹(s), which is solved for the variable.
 * So 8σ′(8z + b) = 1 gives z = (logit((2 ± √2)/4) − b)/8. Runs on the engine thread.
 */
final class InverseSolve {
  private static final String SLOT = "s\u2063";
  private final SymbolicEngine engine;
  private final TreeBridge bridge;

  InverseSolve(SymbolicEngine engine, TreeBridge bridge) {
    this.engine = engine;
    this.bridge = bridge;
  }

  /** The roots as {{x → r}, …}, or empty when the equation is not of this form. */
  Optional<Expression> solve(Relation equation, String variable) {
    Expression residual = ExplicitDerivatives.of(Algebra.subtract(equation.lhs(),
        equation.rhs()));
    List<Call> kernels = new ArrayList<>();
    if (!collect(residual, variable, kernels) || kernels.isEmpty()
        || kernels.stream().distinct().count() != 1) {
      return Optional.empty();
    }
    Call kernel = kernels.get(0);
    Expression inS = Substitution.replaceNodes(residual, kernel, new Sym(SLOT));
    if (Symbols.of(inS).contains(variable)) {
      return Optional.empty();
    }
    IExpr sRoots = engine.evalRaw(F.function(engine.parseSymja("Solve"),
        F.Equal(bridge.toSymja(inS), F.C0), F.symbol(SLOT)));
    if (!sRoots.isList()) {
      return Optional.empty();
    }
    List<Expression> out = new ArrayList<>();
    for (int i = 1; i <= ((IAST) sRoots).argSize(); i++) {
      Expression s;
      try {
        s = ((Relation) ((ExprList) bridge.fromSymja(((IAST) sRoots).getAt(i))).items().get(0))
            .rhs();
      } catch (ArithmeticException | ClassCastException e) {
        continue; // not real
      }
      if (!inRange(kernel.function(), s)) {
        engine.note("dropped " + Printer.unicode(kernel) + " = " + Printer.unicode(s)
            + ": outside the range of " + kernel.function().displayName());
        continue;
      }
      Expression u = Inverses.inverse(kernel.function(), s).orElseThrow();
      IExpr roots = engine.evalRaw(F.function(engine.parseSymja("Solve"),
          F.Equal(bridge.toSymja(kernel.arg()), bridge.toSymja(u)), SymjaNames.symbol(variable)));
      if (roots.isList()) {
        for (int j = 1; j <= ((IAST) roots).argSize(); j++) {
          out.add(bridge.fromSymja(((IAST) roots).getAt(j)));
        }
      }
    }
    return Optional.of(new ExprList(out));
  }

  private static boolean inRange(MathFunction f, Expression s) {
    if (!Symbols.of(s).isEmpty()) {
      return true; // a parameter: the substitution check decides
    }
    double v = Numeric.value(s, Map.of(), Environment.EMPTY);
    return v > f.rangeLow() && v < f.rangeHigh();
  }

  /**
   * Adds the calls of invertible one-argument functions that contain the variable; false when
   * the variable also occurs elsewhere (outside such a call), so the equation is not of this form.
   */
  private static boolean collect(Expression e, String variable, List<Call> out) {
    return switch (e) {
      case Call c when Symbols.of(c).contains(variable) -> {
        out.add(c);
        yield c.args().size() == 1 && Inverses.inverse(c.function(), Num.ONE).isPresent();
      }
      case Sum s -> s.terms().stream().allMatch(t -> collect(t, variable, out));
      case Product p -> p.factors().stream().allMatch(t -> collect(t, variable, out));
      case Power p -> collect(p.base(), variable, out) && collect(p.exponent(), variable, out);
      case Sym s -> !s.name().equals(variable);
      default -> true;
    };
  }
}
