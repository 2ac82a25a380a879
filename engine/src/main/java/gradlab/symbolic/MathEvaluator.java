package gradlab.symbolic;

import gradlab.math.Algebra;
import gradlab.math.Command;
import gradlab.math.Environment;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.Num;
import gradlab.math.Numeric;
import gradlab.math.Real;
import gradlab.math.Relation;
import gradlab.math.Substitution;
import gradlab.math.Sym;
import gradlab.math.Symbols;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the commands of the math language in a session's environment: {@code diff},
 * {@code D}, {@code gradient}, {@code hessian}, {@code jacobian} ({@link DerivativeCommands}),
 * {@code N} and {@code subs} natively on the tree (through definitions); the algebra
 * ({@code simplify}, {@code solve}, {@code series}, …) by Symja on the definitions expanded, with
 * solve's roots checked before they are shown. Thread-safe as the engine is.
 */
public final class MathEvaluator {
  private final SymbolicEngine engine;
  private TreeBridge bridge;
  private int bridgeGeneration;

  public MathEvaluator(SymbolicEngine engine) {
    this.engine = engine;
  }

  private TreeBridge bridge() {
    if (bridge == null || bridgeGeneration != engine.generation()) {
      // after the engine was restarted (a stop that did not end in time) its symbols are new:
      // the old bridge's softplus was not the rules' softplus, and expform(softplus(x)) and
      // limit(softplus(x)/x, x → ∞) went wrong for the rest of the session
      bridge = new TreeBridge(engine);
      bridgeGeneration = engine.generation();
    }
    return bridge;
  }

  /** Evaluates every command in e; numbers come out where nothing symbolic is left. */
  public Expression evaluate(Expression e, Environment env) {
    return engine.call(() -> numbersOut(eval(e, env)));
  }

  /**
   * Evaluates e as a result to show: as {@link #evaluate}, and then every name defined as a
   * constant (x = 3) is replaced by its value, so that x = 3; x^2 shows 9. Definitions keep
   * their names (a later derivative goes through them); only the shown result is substituted.
   */
  public Expression evaluateResult(Expression e, Environment env) {
    return engine.call(() -> {
      Expression out = eval(e, env);
      Map<String, Expression> constants = (e instanceof Command c ? variablesFree(c, env) : env)
          .constants();
      if (!constants.isEmpty() && !Symbols.of(out).isEmpty()) {
        out = Substitution.replace(out, constants);
      }
      return numbersOut(out);
    });
  }

  /**
   * The environment in which a command's own variable is free (maximize(σ′(z), z) after
   * z = w·x + b maximises over z, as diff(σ(z), z) differentiates by z), said in a note.
   */
  private Environment variablesFree(Command c, Environment env) {
    Environment scope = env;
    for (String v : gradlab.math.OperationVariables.of(c.name(), c.args())) {
      if (scope.defines(v)) {
        engine.remark(v + " is the variable of " + c.name() + " here, so its definition " + v
            + " = " + gradlab.math.Printer.unicode(scope.rhs(v).orElseThrow())
            + " is not put in (:forget " + v + " drops the definition)");
        scope = scope.without(v);
      }
    }
    return scope;
  }

  private static Expression numbersOut(Expression out) {
    if (!(out instanceof Real) && Symbols.of(out).isEmpty() && containsReal(out)
        && !(out instanceof ExprList)
        && !(out instanceof Relation) && TreeBridge.isPlain(out)) {
      return new Real(Numeric.value(out, Map.of(), Environment.EMPTY));
    }
    return out;
  }

  /** The expression in the engine's form, for printing with the session's printers. */
  public Expr toExpr(Expression e) {
    return new Expr(engine.call(() ->
        ActivationCalculus.tidy(engine.evalRaw(bridge().toSymja(e)), engine)));
  }

  /** The engine's expression as a tree. */
  public Expression fromExpr(Expr e) {
    return engine.call(() -> bridge().fromSymja(engine.raw(e)));
  }

  private Expression eval(Expression e, Environment env) {
    return switch (e) {
      case Command c -> {
        Environment scope = variablesFree(c, env);
        List<Expression> args = new ArrayList<>();
        for (Expression a : c.args()) {
          args.add(eval(a, scope));
        }
        yield command(c.name(), args, scope);
      }
      case gradlab.math.Sum s -> Algebra.sum(lists(s.terms().stream().map(t -> eval(t, env))
          .toList(), "+", env));
      case gradlab.math.Product p -> Algebra.product(lists(p.factors().stream()
          .map(t -> eval(t, env)).toList(), "*", env));
      case gradlab.math.Power p -> Algebra.power(eval(p.base(), env), eval(p.exponent(), env));
      case gradlab.math.Call c -> Algebra.call(c.function(), c.order(),
          c.args().stream().map(t -> eval(t, env)).toList());
      case Relation r -> new Relation(r.kind(), eval(r.lhs(), env), eval(r.rhs(), env));
      case ExprList l -> new ExprList(l.items().stream().map(t -> eval(t, env)).toList());
      default -> e;
    };
  }

  /** The operands, once their lists are checked (lengths, the row rule's note). */
  private List<Expression> lists(List<Expression> operands, String op, Environment env) {
    List<Expression> seen = operands.stream().map(x -> x instanceof Sym s ? env.rhs(s.name())
        .filter(r -> r instanceof ExprList).orElse(x) : x).toList();
    gradlab.math.ListThreading.check(seen, op).ifPresent(engine::remark);
    return operands;
  }

  private static boolean containsReal(Expression e) {
    return switch (e) {
      case Real r -> true;
      case gradlab.math.Sum s -> s.terms().stream().anyMatch(MathEvaluator::containsReal);
      case gradlab.math.Product p -> p.factors().stream().anyMatch(MathEvaluator::containsReal);
      case gradlab.math.Power p -> containsReal(p.base()) || containsReal(p.exponent());
      case gradlab.math.Call c -> c.args().stream().anyMatch(MathEvaluator::containsReal);
      default -> false;
    };
  }

  private Expression command(String name, List<Expression> a, Environment env) {
    return switch (name) {
      case "diff", "D", "gradient", "hessian", "jacobian" ->
          DerivativeCommands.apply(name, a, env);
      case "N" -> numeric(a, env, this::provedZero, engine::remark);
      case "subs" -> substitute(a, env);
      case "named" -> {
        DerivativeCommands.arity(name, a, 1);
        yield bridge().fromSymja(ActivationCalculus.expandDerivatives(
            bridge().toSymja(a.get(0)), engine));
      }
      case "solve" -> new SolutionCheck(engine, bridge()).solve(a, env);
      default -> new CheckedAlgebra(engine, bridge()).apply(name, a, env);
    };
  }

  /**
   * The value of an expression without free symbols (after the definitions), as {@code N}
   * gives it: in double, unless the double lost it (0 from cancellation or underflow, ±∞), then
   * at 50 and 90 digits.
   */
  public Real numberOf(Expression f, Environment env) {
    return DoubleOrPrecise.value(f, env);
  }

  /** True if the algebra engine simplifies f (definitions expanded) to exactly 0. */
  private boolean provedZero(Expression f) {
    return engine.simplifyRaw(bridge().toSymja(f)).isZero();
  }

  private static Expression numeric(List<Expression> a, Environment env,
      java.util.function.Predicate<Expression> provedZero,
      java.util.function.Consumer<String> note) {
    if (a.isEmpty() || a.size() > 2) {
      throw new IllegalArgumentException("N takes f or f, digits; hint: N(sigma(1), 30)");
    }
    Expression f = a.get(0);
    if (!(f instanceof ExprList) && env.expand(f) instanceof ExprList named) {
      f = named; // y = {…}; N(y) said "a list has no single numeric value"
    }
    if (f instanceof ExprList l) {
      return new ExprList(l.items().stream().map(x -> {
        List<Expression> one = new ArrayList<>(a);
        one.set(0, x);
        return numeric(one, env, provedZero, note);
      }).toList());
    }
    Set<String> free = env.freeSymbols(f);
    if (a.size() == 2) {
      if (!(a.get(1) instanceof Num d) || !d.isInteger() || d.signum() <= 0) {
        throw new IllegalArgumentException("N(f, digits): digits must be a positive integer");
      }
      if (!free.isEmpty()) {
        throw new IllegalArgumentException("N(f, digits) needs a value for " + free);
      }
      return DoubleOrPrecise.digits(f, env, d.num().intValueExact(), x -> provedZero
          .test(env.expand(x)), note);
    }
    if (free.isEmpty()) {
      return DoubleOrPrecise.value(f, env);
    }
    return approximateClosedParts(env.expand(f));
  }

  /** Replaces every subexpression without symbols by its double value. */
  private static Expression approximateClosedParts(Expression e) {
    if (Symbols.of(e).isEmpty() && !(e instanceof ExprList) && !(e instanceof Relation)
        && TreeBridge.isPlain(e)) {
      return new Real(Numeric.value(e, Map.of(), Environment.EMPTY));
    }
    return switch (e) {
      case gradlab.math.Sum s -> Algebra.sum(s.terms().stream()
          .map(MathEvaluator::approximateClosedParts).toList());
      case gradlab.math.Product p -> Algebra.product(p.factors().stream()
          .map(MathEvaluator::approximateClosedParts).toList());
      case gradlab.math.Power p -> Algebra.power(approximateClosedParts(p.base()),
          approximateClosedParts(p.exponent()));
      case gradlab.math.Call c -> new gradlab.math.Call(c.function(), c.order(), c.args()
          .stream().map(MathEvaluator::approximateClosedParts).toList());
      case ExprList l -> new ExprList(l.items().stream()
          .map(MathEvaluator::approximateClosedParts).toList());
      default -> e;
    };
  }

  /** subs(f, x, v), subs(f, x -> v), subs(f, {x -> v, …}); definitions are expanded first. */
  private static Expression substitute(List<Expression> a, Environment env) {
    Map<String, Expression> values = new LinkedHashMap<>();
    if (a.size() == 3) {
      values.put(DerivativeCommands.variables(a.get(1)).get(0), a.get(2));
    } else if (a.size() == 2 && a.get(1) instanceof ExprList l && !l.items().isEmpty()
        && l.items().stream().allMatch(r -> r instanceof ExprList)) {
      // f /. solve(eq, x): f at each solution, as a list; at the one solution, its value
      List<Expression> each = l.items().stream().map(r -> substitute(List.of(a.get(0), r), env))
          .toList();
      return each.size() == 1 ? each.get(0) : new ExprList(each);
    } else if (a.size() == 2) {
      List<Expression> rules = a.get(1) instanceof ExprList l ? l.items() : List.of(a.get(1));
      for (Expression r : rules) {
        if (!(r instanceof Relation rel) || rel.kind() != Relation.Kind.RULE
            || !(rel.lhs() instanceof Sym s)) {
          throw new IllegalArgumentException("subs: expected a rule name -> value, got "
              + gradlab.math.Printer.unicode(r) + "; hint: subs(f, x -> 1)");
        }
        values.put(s.name(), rel.rhs());
      }
    } else {
      throw new IllegalArgumentException("subs takes (f, x, v) or (f, x -> v); hint: ?subs");
    }
    Map<String, Expression> kept = new LinkedHashMap<>(env.definitions());
    values.keySet().forEach(kept::remove);
    Expression expanded = new Environment(kept).expand(a.get(0));
    return Substitution.replace(expanded, values);
  }
}
