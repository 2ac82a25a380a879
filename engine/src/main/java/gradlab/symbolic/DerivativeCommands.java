package gradlab.symbolic;

import gradlab.math.Differentiation;
import gradlab.math.Environment;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.Num;
import gradlab.math.Sym;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link MathEvaluator}'s derivative commands, taken natively on the tree through the
 * definitions: {@code diff} and {@code D} (orders, several variables, SymPy's and Mathematica's
 * forms), {@code gradient}, {@code hessian} and {@code jacobian}. Pure functions.
 */
final class DerivativeCommands {
  private DerivativeCommands() {}

  /** The command {@code name} (diff, D, gradient, hessian or jacobian) on evaluated arguments. */
  static Expression apply(String name, List<Expression> a, Environment env) {
    return gradlab.math.LogisticForms.named(derivatives(name, a, env));
  }

  private static Expression derivatives(String name, List<Expression> a, Environment env) {
    return switch (name) {
      case "diff", "D" -> diff(name, a, env);
      case "gradient" -> {
        arity(name, a, 2);
        yield new ExprList(variables(a.get(1)).stream()
            .map(v -> Differentiation.derivative(a.get(0), v, env)).toList());
      }
      case "hessian" -> {
        arity(name, a, 2);
        yield hessian(a.get(0), variables(a.get(1)), env);
      }
      case "jacobian" -> {
        arity(name, a, 2);
        List<Expression> fs = a.get(0) instanceof ExprList l ? l.items() : List.of(a.get(0));
        List<String> vs = variables(a.get(1));
        yield new ExprList(fs.stream().map(f -> (Expression) new ExprList(vs.stream()
            .map(v -> Differentiation.derivative(f, v, env)).toList())).toList());
      }
      default -> throw new IllegalArgumentException("not a derivative command: " + name);
    };
  }

  /** Throws unless the command has n arguments. */
  static void arity(String name, List<Expression> a, int n) {
    if (a.size() != n) {
      throw new IllegalArgumentException(name + " takes " + n + " arguments, got " + a.size()
          + "; hint: ?" + name);
    }
  }

  /** The names of a variable or a list of variables; throws on anything else. */
  static List<String> variables(Expression e) {
    List<Expression> items = e instanceof ExprList l ? l.items() : List.of(e);
    List<String> out = new ArrayList<>();
    for (Expression x : items) {
      if (!(x instanceof Sym s)) {
        throw new IllegalArgumentException("expected a variable, got "
            + gradlab.math.Printer.unicode(x) + "; hint: differentiate with respect to a name");
      }
      out.add(s.name());
    }
    return out;
  }

  private static Expression hessian(Expression f, List<String> vs, Environment env) {
    List<Expression> rows = new ArrayList<>();
    for (String v : vs) {
      Expression dv = Differentiation.derivative(f, v, env);
      rows.add(new ExprList(vs.stream().map(u -> Differentiation.derivative(dv, u, env))
          .toList()));
    }
    return new ExprList(rows);
  }

  /**
   * diff(f, x), diff(f, x, y), diff(f, {x, n}), diff(f, x, n) (SymPy's form), D(f, {{x, y}}),
   * D(f, {{x, y}, 2}).
   */
  private static Expression diff(String name, List<Expression> a, Environment env) {
    if (a.size() < 2) {
      throw new IllegalArgumentException(name + "(f, x) needs a variable; hint: diff(L, w)");
    }
    Expression f = a.get(0);
    for (Expression spec : sympyOrders(a.subList(1, a.size()))) {
      if (spec instanceof Sym s) {
        f = Differentiation.derivative(f, s.name(), env);
      } else if (spec instanceof ExprList l && l.items().size() == 2
          && l.items().get(0) instanceof Sym s && l.items().get(1) instanceof Num n
          && n.isInteger() && n.signum() >= 0) {
        for (int i = 0; i < n.num().intValueExact(); i++) {
          f = Differentiation.derivative(f, s.name(), env);
        }
      } else if (spec instanceof ExprList l && !l.items().isEmpty()
          && l.items().get(0) instanceof ExprList vars) {
        int order = l.items().size() == 1 ? 1 : ((Num) l.items().get(1)).num().intValueExact();
        List<String> vs = variables(vars);
        final Expression g = f;
        f = order == 1 ? new ExprList(vs.stream()
            .map(v -> Differentiation.derivative(g, v, env)).toList())
            : order == 2 ? hessian(g, vs, env) : unsupported(name);
      } else {
        throw new IllegalArgumentException(name + ": cannot differentiate with respect to "
            + gradlab.math.Printer.unicode(spec) + "; hint: " + name + "(f, x) or "
            + name + "(f, {x, 2})");
      }
    }
    return f;
  }

  /** x, 3 → x, x, x: SymPy writes the order after the variable; a whole number is no variable. */
  private static List<Expression> sympyOrders(List<Expression> specs) {
    List<Expression> out = new java.util.ArrayList<>();
    for (Expression spec : specs) {
      if (spec instanceof Num n && n.isInteger() && n.signum() >= 0 && !out.isEmpty()
          && out.get(out.size() - 1) instanceof Sym x && n.num().bitLength() < 8) {
        out.remove(out.size() - 1);
        for (int i = 0; i < n.num().intValueExact(); i++) {
          out.add(x);
        }
      } else {
        out.add(spec);
      }
    }
    return out;
  }

  private static Expression unsupported(String name) {
    throw new IllegalArgumentException(name + "(f, {{x, y}, n}) is supported for n = 1 and 2");
  }
}
