package gradlab.symbolic;

import gradlab.math.Algebra;
import gradlab.math.Environment;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.PreciseNumeric;
import gradlab.math.Printer;
import gradlab.math.Relation;
import gradlab.math.Substitution;
import gradlab.math.Sym;
import gradlab.math.Symbols;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * solve through Symja, with every root substituted back before it is shown: exactly (the
 * residual simplifies to 0), else at 30 digits at three fixed points of the remaining
 * parameters. Roots that fail, or are not real, are dropped with a note. An equation system
 * that Symja returns unevaluated is an error. Runs on the engine thread.
 */
final class SolutionCheck {
  private static final int DIGITS = 30;
  private final SymbolicEngine engine;
  private final TreeBridge bridge;

  SolutionCheck(SymbolicEngine engine, TreeBridge bridge) {
    this.engine = engine;
    this.bridge = bridge;
  }

  Expression solve(List<Expression> a, Environment env) {
    if (a.size() != 2) {
      throw new IllegalArgumentException("solve takes equations and variables; hint: "
          + "solve({x + y == 1, x - y == 0}, {x, y})");
    }
    List<Expression> equations = new ArrayList<>();
    for (Expression e : a.get(0) instanceof ExprList l ? l.items() : List.of(a.get(0))) {
      Expression x = env.expand(e);
      if (!(x instanceof Relation r) || r.kind() != Relation.Kind.EQUAL) {
        throw new IllegalArgumentException("solve: " + Printer.unicode(x) + " is not an "
            + "equation; hint: write lhs == rhs");
      }
      equations.add(x);
    }
    if (equations.size() == 1 && a.get(1) instanceof Sym v) {
      var viaInverse = new InverseSolve(engine, bridge).solve((Relation) equations.get(0),
          v.name());
      if (viaInverse.isPresent()) {
        return checked(bridge.toSymja(viaInverse.get()), equations);
      }
    }
    IExpr call = F.function(engine.parseSymja("Solve"), F.List(equations.stream()
        .map(bridge::toSymja).toArray(IExpr[]::new)), bridge.toSymja(a.get(1)));
    IExpr result = engine.evalRaw(call);
    engine.drainNotes(); // Symja's own messages are replaced by ours
    if (!result.isList()) {
      throw new IllegalArgumentException("solve could not solve "
          + Printer.unicode(new ExprList(equations)) + "; hint: try simpler equations, "
          + "or maximize/minimize");
    }
    return checked(result, equations);
  }

  private Expression checked(IExpr result, List<Expression> equations) {
    List<Expression> kept = new ArrayList<>();
    IAST solutions = (IAST) result;
    for (int i = 1; i <= solutions.argSize(); i++) {
      IExpr s = solutions.getAt(i);
      Expression root;
      try {
        root = bridge.fromSymja(s);
      } catch (ArithmeticException e) {
        engine.note("dropped a root that is not real: " + UnicodeForm.format(s));
        continue;
      }
      String failure = failure(root, equations);
      if (failure == null) {
        kept.add(root);
      } else {
        engine.note("dropped " + Printer.unicode(root) + ": " + failure);
      }
    }
    return new ExprList(kept);
  }

  /** Why the root does not satisfy the equations, or null when it does. */
  private String failure(Expression root, List<Expression> equations) {
    Map<String, Expression> values = new LinkedHashMap<>();
    for (Expression r : root instanceof ExprList l ? l.items() : List.of(root)) {
      if (r instanceof Relation rule && rule.lhs() instanceof Sym s) {
        values.put(s.name(), rule.rhs());
      }
    }
    for (Expression eq : equations) {
      Relation r = (Relation) eq;
      Expression residual;
      try {
        residual = Substitution.replace(Algebra.subtract(r.lhs(), r.rhs()), values);
      } catch (ArithmeticException e) {
        return "substituting it divides by zero";
      }
      if (engine.evalRaw(F.function(engine.parseSymja("Simplify"), bridge.toSymja(residual)))
          .isZero()) {
        continue;
      }
      String numeric = numericFailure(residual, eq);
      if (numeric != null) {
        return numeric;
      }
    }
    return null;
  }

  private static String numericFailure(Expression residual, Expression eq) {
    Random random = new Random(1);
    List<String> free = new ArrayList<>(Symbols.of(residual));
    for (int k = 0; k < 3; k++) {
      Map<String, BigDecimal> point = new LinkedHashMap<>();
      for (String p : free) {
        point.put(p, BigDecimal.valueOf(Math.round((random.nextDouble() * 3.4 - 1.7) * 1000),
            3));
      }
      try {
        BigDecimal v = PreciseNumeric.value(residual, point, Environment.EMPTY, DIGITS);
        if (v.abs().compareTo(BigDecimal.ONE.movePointLeft(DIGITS - 8)) > 0) {
          return "substituted into " + Printer.unicode(eq) + " it leaves "
              + v.round(new java.math.MathContext(4)).toPlainString()
              + (point.isEmpty() ? "" : " at " + point) + ", not 0";
        }
      } catch (ArithmeticException e) {
        return "substituting it gives " + e.getMessage();
      }
    }
    return null;
  }
}
