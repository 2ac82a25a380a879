package gradlab.symbolic;

import java.util.Locale;
import java.util.Set;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IASTMutable;
import org.matheclipse.core.interfaces.IExpr;

/**
 * The friendly functions that we implement ourselves instead of Symja's namesakes:
 * {@code maximize(f, x)} and {@code minimize(f, x)} → {value, {x → point}},
 * {@code series(f, x, x0, n)}, {@code subs(f, x, v)} or {@code subs(f, x → v)},
 * {@code simplify(f)} (time-bounded), {@code expform(f)}, {@code named(f)} (σ′ → σ(1−σ)),
 * {@code textbook(f)} (exponentials → σ, softplus, tanh), {@code maxvalue(f, x)} and
 * {@code argmax(f, x)}.
 */
final class FriendlyFunctions {
  private static final Set<String> NAMES = Set.of("maximize", "minimize", "series", "subs",
      "simplify", "expform", "named", "textbook", "maxvalue", "argmax");

  /** Those that take the variable from a function of one variable: maximize(x*(1 - x)). */
  private static final Set<String> OPTIMIZERS = Set.of("maximize", "minimize", "maxvalue",
      "argmax");

  private FriendlyFunctions() {}

  static boolean handles(String name) {
    return NAMES.contains(name.toLowerCase(Locale.ROOT));
  }

  /** Rewrites calls of the friendly functions bottom-up; everything else is left to Symja. */
  static IExpr expand(IExpr e, SymbolicEngine engine) {
    if (!e.isAST()) {
      return e;
    }
    IAST ast = (IAST) e;
    IASTMutable copy = ast.copy();
    for (int i = 1; i <= ast.argSize(); i++) {
      copy.set(i, expand(ast.getAt(i), engine));
    }
    String head = ast.head().isSymbol() ? ast.head().toString().toLowerCase(Locale.ROOT) : "";
    if (!NAMES.contains(head) || !friendlyShape(head, copy)) {
      return copy;
    }
    IExpr[] a = new IExpr[copy.argSize()];
    for (int i = 0; i < a.length; i++) {
      a[i] = engine.evalRaw(copy.getAt(i + 1));
    }
    if (a.length == 1 && OPTIMIZERS.contains(head)) {
      a = new IExpr[] {a[0], OnlyVariable.of(a[0], head, engine)};
    }
    if (head.equals("maximize") || head.equals("minimize") || head.equals("maxvalue")
        || head.equals("argmax")) {
      IExpr[] range = interval(copy); // f, x, a, b or f, {x, a, b}
      if (range != null) {
        Extremum x = IntervalMaximizer.maximize(a[0], range[0].toString(), range[1], range[2],
            head.equals("minimize"), engine);
        return switch (head) {
          case "maxvalue" -> x.value().raw();
          case "argmax" -> x.point().raw();
          default -> F.List(x.value().raw(), F.List(F.Rule(range[0], x.point().raw())));
        };
      }
    }
    return switch (head) {
      case "maximize", "minimize" -> {
        Extremum x = Maximizer.maximize(a[0], a[1].toString(), head.equals("minimize"), engine);
        yield F.List(x.value().raw(), F.List(F.Rule(a[1], x.point().raw())));
      }
      case "maxvalue", "argmax" -> {
        Extremum x = Maximizer.maximize(a[0], a[1].toString(), false, engine);
        yield head.equals("maxvalue") ? x.value().raw() : x.point().raw();
      }
      case "series" -> series(a, engine);
      case "subs" -> engine.evalRaw(F.function(F.symbol("ReplaceAll"), a[0],
          a.length == 3 ? F.Rule(a[1], a[2]) : a[1]));
      case "simplify" -> engine.simplifyRaw(a[0]);
      case "expform" -> ActivationCalculus.toExpForm(a[0], engine);
      case "named" -> ActivationCalculus.expandDerivatives(a[0], engine);
      case "textbook" -> ActivationCalculus.fromExpForm(a[0], engine);
      default -> copy;
    };
  }

  /** {x, a, b} of maximize(f, x, a, b) or maximize(f, {x, a, b}), else null. */
  private static IExpr[] interval(IAST call) {
    if (call.argSize() == 4 && call.getAt(2).isSymbol()) {
      return new IExpr[] {call.getAt(2), call.getAt(3), call.getAt(4)};
    }
    if (call.argSize() == 2 && call.getAt(2).isList() && ((IAST) call.getAt(2)).argSize() == 3
        && ((IAST) call.getAt(2)).first().isSymbol()) {
      IAST l = (IAST) call.getAt(2);
      return new IExpr[] {l.first(), l.second(), l.getAt(3)};
    }
    return null;
  }

  private static boolean friendlyShape(String head, IAST call) {
    return switch (head) {
      case "maximize", "minimize", "maxvalue", "argmax" -> call.argSize() == 1
          || (call.argSize() == 2 && call.getAt(2).isSymbol()) || interval(call) != null;
      case "series" -> call.argSize() == 4 || (call.argSize() == 3 && !call.getAt(2).isList());
      case "subs" -> call.argSize() == 2 || call.argSize() == 3;
      default -> call.argSize() == 1;
    };
  }

  /** series(f, x, x0, n): the Taylor polynomial of order n plus O((x − x0)ⁿ⁺¹). */
  private static IExpr series(IExpr[] a, SymbolicEngine engine) {
    IExpr x0 = a.length == 4 ? a[2] : F.C0;
    IExpr n = a.length == 4 ? a[3] : a[2];
    IExpr f = ActivationCalculus.toExpForm(a[0], engine);
    IExpr s = engine.evalRaw(F.function(F.symbol("Series"), f, F.List(a[1], x0, n)));
    IExpr poly = engine.evalRaw(F.function(F.symbol("Normal"), s));
    IExpr order = engine.evalRaw(F.Power(F.Subtract(a[1], x0), F.Plus(n, F.C1)));
    return F.Plus(poly, F.function(F.symbol("O"), order));
  }
}
