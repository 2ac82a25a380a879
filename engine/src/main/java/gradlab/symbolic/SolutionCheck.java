package gradlab.symbolic;

import gradlab.math.Algebra;
import gradlab.math.Environment;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.PreciseNumeric;
import gradlab.math.MathFunction;
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
    if (a.size() == 1) { // solve(x^2 - 2 = 0): one unknown, the one to solve for (user37)
      java.util.Set<String> unknowns = new java.util.TreeSet<>(Symbols.of(env.expand(a.get(0))));
      if (unknowns.size() == 1) {
        return solve(List.of(a.get(0), new Sym(unknowns.iterator().next())), env);
      }
      if (unknowns.size() > 1) {
        throw new IllegalArgumentException("solve: which of " + String.join(", ", unknowns)
            + " to solve for is not said; hint: solve(" + Printer.unicode(a.get(0)) + ", "
            + unknowns.iterator().next() + ")");
      }
    }
    if (a.size() != 2) {
      throw new IllegalArgumentException("solve takes equations and variables; hint: "
          + "solve({x + y == 1, x - y == 0}, {x, y})");
    }
    List<Expression> equations = equations(a, env);
    List<Expression> cases = equations.size() == 1 ? AbsoluteEquations.cases(equations.get(0))
        : null;
    if (cases != null) { // |u| = c: the roots of u = c and of u = −c, each checked
      List<Expression> all = new ArrayList<>();
      for (Expression c : cases) {
        Expression r = solve(List.of(c, a.get(1)), env);
        (r instanceof ExprList l ? l.items() : List.of(r)).stream()
            .filter(x -> !all.contains(x)).forEach(all::add);
      }
      return new ExprList(all);
    }
    // the catalogue functions of each equation, read once for both notes
    List<java.util.Set<MathFunction>> functions = equations.stream()
        .map(gradlab.math.Symbols::functions).toList();
    Expression roots = roots(equations, a.get(1), functions);
    // after the roots: Symja's messages, drained while solving, must not take this note along
    functions.stream().flatMap(java.util.Set::stream).filter(MathFunction::isPeriodic)
        .findFirst().ifPresent(f -> engine.note(f.displayName() + " is periodic: there may be "
        + "more solutions than shown"));
    return roots;
  }

  /** The equations of solve's first argument, expanded through the definitions. */
  private static List<Expression> equations(List<Expression> a, Environment env) {
    List<Expression> equations = new ArrayList<>();
    for (Expression e : a.get(0) instanceof ExprList l ? l.items() : List.of(a.get(0))) {
      Expression x = env.expand(e);
      if (x instanceof Relation r && r.kind() != Relation.Kind.EQUAL
          && r.kind() != Relation.Kind.RULE && r.kind() != Relation.Kind.NOT_EQUAL) {
        throw new IllegalArgumentException("solve solves equations, not inequalities like "
            + Printer.unicode(x) + "; hint: solve(" + Printer.unicode(r.lhs()) + " == "
            + Printer.unicode(r.rhs()) + ", " + Printer.unicode(a.get(1)) + ") gives the ends "
            + "of the intervals; then test a point between them");
      }
      if (!(x instanceof Relation r) || r.kind() != Relation.Kind.EQUAL) {
        throw new IllegalArgumentException("solve: " + Printer.unicode(x) + " is not an "
            + "equation; hint: write lhs == rhs");
      }
      equations.add(x);
    }
    return equations;
  }

  private Expression roots(List<Expression> equations, Expression variables,
      List<java.util.Set<MathFunction>> functions) {
    if (equations.size() == 1 && variables instanceof Sym v) {
      var viaInverse = new InverseSolve(engine, bridge).solve((Relation) equations.get(0),
          v.name());
      if (viaInverse.isPresent()) {
        return checked(bridge.toSymja(viaInverse.get()), equations);
      }
    }
    IExpr call = F.function(engine.parseSymja("Solve"), F.List(equations.stream()
        .map(bridge::toSymja).toArray(IExpr[]::new)), bridge.toSymja(variables));
    IExpr result = engine.evalRaw(call);
    engine.drainNotes(); // Symja's own messages are replaced by ours
    if (!result.isList()) {
      throw new IllegalArgumentException("solve could not solve "
          + Printer.unicode(new ExprList(equations)) + "; hint: try simpler equations, "
          + "or maximize/minimize");
    }
    // σ, tanh, exp … beside powers of x: the library's roots need not be all of them
    // (x·σ(x) = 0.5 gave {}, tanh(x) = x/2 only x = 0 of its three roots)
    boolean transcendental = functions.stream().anyMatch(f -> !f.isEmpty()
        && f.stream().noneMatch(MathFunction::isPeriodic));
    if (transcendental && ((IAST) result).argSize() == 0) {
      throw new IllegalArgumentException("solve found no root of "
          + Printer.unicode(new ExprList(equations)) + ", which does not show that there is "
          + "none; hint: plot the difference of the two sides with :plot to see where it is 0");
    }
    Expression roots = checked(result, equations);
    if (transcendental) {
      engine.note("the equation mixes " + functions.stream().flatMap(java.util.Set::stream)
          .distinct().map(MathFunction::displayName).toList()
          + " with other terms: solve may miss roots (each one shown is checked)");
    }
    return roots;
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
        // Cardano's form of a real root of a cubic goes through complex numbers: its value at
        // 40 digits decides (imaginary part below 10⁻³⁰), and a real one is shown numerically
        root = realValue(s);
        if (root == null) {
          engine.note("dropped a root that is not real: " + complexText(s));
          continue;
        }
        engine.note("a root is shown as a number: its exact form needs complex numbers");
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

  /** {x → −1 − 1.73205i, …}: a rule list's values as complex numbers, six digits. */
  private String complexText(IExpr rules) {
    if (!rules.isList()) {
      return UnicodeForm.format(engine.evalRaw(F.N(rules)));
    }
    List<String> out = new ArrayList<>();
    for (IExpr rule : (IAST) rules) {
      IExpr v = rule.isRuleAST() ? engine.evalRaw(F.N(rule.second())) : null;
      if (v == null || !v.isNumber()) {
        return UnicodeForm.format(engine.evalRaw(F.N(rules)));
      }
      double re = v.re().evalf();
      double im = v.im().evalf();
      String imText = String.format(java.util.Locale.ROOT, "%.6g", Math.abs(im))
          .replaceAll("\\.?0+$", "").replaceAll("\\.?0+e", "e");
      String reText = re == 0 ? "" : String.format(java.util.Locale.ROOT, "%.6g", re)
          .replaceAll("\\.?0+$", "").replace("-", "−") + (im < 0 ? " − " : " + ");
      out.add(SymjaNames.userName(rule.first().toString()) + " → " + (re == 0 && im < 0 ? "−"
          : "") + reText + (imText.equals("1") ? "" : imText) + "i");
    }
    return "{" + String.join(", ", out) + "}";
  }

  /** A rule list x → v with v's real value when every v is real at 40 digits, else null. */
  private Expression realValue(IExpr rules) {
    if (!rules.isList()) {
      return null;
    }
    List<Expression> out = new ArrayList<>();
    for (IExpr rule : (IAST) rules) {
      if (!rule.isRuleAST()) {
        return null;
      }
      IExpr v = engine.evalRaw(F.N(rule.second(), F.ZZ(40)));
      if (!v.isNumber()) {
        return null;
      }
      IExpr im = engine.evalRaw(F.Abs(F.Im(v)));
      if (!im.isNumber() || im.evalf() > 1e-30 * Math.max(1, Math.abs(v.re().evalf()))) {
        return null;
      }
      out.add(new Relation(Relation.Kind.RULE, bridge.fromSymja(rule.first()),
          new gradlab.math.Real(v.re().evalf())));
    }
    return new ExprList(out);
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

  /**
   * Why the residual is not 0, or null when it is 0 at three points of the parameters where the
   * root is real (at 30 digits; a root shown as a double, to 10⁻⁹). A root real only for some
   * parameters (√(w² − 4w)) or true only for some (x = a² of √x = a needs a ≥ 0) is kept with a
   * note saying so; up to 40 points are tried, wider after the first 10.
   */
  private String numericFailure(Expression residual, Expression eq) {
    Random random = new Random(1);
    List<String> free = new ArrayList<>(Symbols.of(residual));
    BigDecimal tolerance = containsDecimal(residual) ? BigDecimal.ONE.movePointLeft(9)
        : BigDecimal.ONE.movePointLeft(DIGITS - 8);
    int satisfied = 0;
    String undefined = null;
    String fails = null;
    for (int k = 0; k < 40 && (satisfied < 3 || k < 10 && !free.isEmpty()); k++) {
      double range = k < 10 ? 1.7 : 12;
      Map<String, BigDecimal> point = new LinkedHashMap<>();
      for (String p : free) {
        point.put(p, BigDecimal.valueOf(Math.round((random.nextDouble() * 2 - 1) * range * 1000),
            3));
      }
      try {
        BigDecimal v = PreciseNumeric.value(residual, point, Environment.EMPTY, DIGITS);
        if (v.abs().compareTo(tolerance) > 0) {
          fails = fails != null ? fails : "substituted into " + Printer.unicode(eq)
              + " it leaves " + v.round(new java.math.MathContext(4)).toPlainString()
              + (point.isEmpty() ? "" : " at " + point) + ", not 0";
          if (free.isEmpty()) {
            return fails;
          }
        } else {
          satisfied++;
        }
      } catch (ArithmeticException e) {
        if (free.isEmpty()) {
          return "substituting it gives " + e.getMessage();
        }
        undefined = undefined != null ? undefined : e.getMessage() + " at " + point;
      }
    }
    if (satisfied == 0) {
      return fails != null ? fails : "it is not real at any of 40 values of " + free
          + " tried (" + undefined + ")";
    }
    if (fails != null) {
      engine.note("a root holds only for some values of " + free + " (" + fails + ")");
    } else if (undefined != null) {
      engine.note("a root is real only for some values of " + free + " (e.g. " + undefined
          + ")");
    }
    return null;
  }

  private static boolean containsDecimal(Expression e) {
    return switch (e) {
      case gradlab.math.Real r -> true;
      case gradlab.math.Sum s -> s.terms().stream().anyMatch(SolutionCheck::containsDecimal);
      case gradlab.math.Product p -> p.factors().stream()
          .anyMatch(SolutionCheck::containsDecimal);
      case gradlab.math.Power p -> containsDecimal(p.base()) || containsDecimal(p.exponent());
      case gradlab.math.Call c -> c.args().stream().anyMatch(SolutionCheck::containsDecimal);
      default -> false;
    };
  }
}
