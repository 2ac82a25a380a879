package gradlab.math;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ∂e/∂x on the tree, through definitions: a defined name is differentiated through its
 * right-hand side (the total derivative), and the result keeps the intermediate names, so a
 * chain reads (f − a)·w₄·σ′(z₃)·… and a later derivative goes through the names again.
 * Equal subexpressions are differentiated once (a memo by equality; child lists cache their
 * hash codes, so a lookup does not walk the subtree), so the work for a chain of
 * depth n is linear in n. Not thread-safe; one instance per derivative.
 */
public final class Differentiation {
  private static final String SLOT = "\u2063t";
  private final String variable;
  private final Environment env;
  private final boolean explicit;
  private final Map<Expression, Expression> memo = new HashMap<>();
  private final Map<String, Expression> definedMemo = new HashMap<>();

  private Differentiation(String variable, Environment env, boolean explicit) {
    this.variable = variable;
    this.env = env;
    this.explicit = explicit;
  }

  /** ∂e/∂variable, with σ′ kept named. */
  public static Expression derivative(Expression e, String variable, Environment env) {
    return new Differentiation(variable, env, false).d(e);
  }

  /** ∂e/∂variable with σ′ written σ(1 − σ). */
  public static Expression explicitDerivative(Expression e, String variable, Environment env) {
    return new Differentiation(variable, env, true).d(e);
  }

  /** The n-th derivative of f at u, written explicitly (σ⁽ⁿ⁾ as a polynomial in σ). */
  public static Expression explicitNth(MathFunction f, int n, Expression u) {
    Expression g = new Call(f, 0, List.of(new Sym(SLOT)));
    for (int i = 0; i < n; i++) {
      g = explicitDerivative(g, SLOT, Environment.EMPTY);
    }
    return Substitution.replace(g, Map.of(SLOT, u));
  }

  /**
   * How many nodes the derivative ∂e/∂variable applies a rule to: each distinct node once
   * (the memo), so this is the work of one derivative; for tests of its growth.
   */
  static int ruleApplications(Expression e, String variable, Environment env) {
    Differentiation d = new Differentiation(variable, env, false);
    d.d(e);
    return d.memo.size();
  }

  private Expression d(Expression e) {
    Expression done = memo.get(e);
    if (done == null) {
      done = rule(e);
      memo.put(e, done);
    }
    return done;
  }

  private Expression rule(Expression e) {
    return switch (e) {
      case Num n -> Num.ZERO;
      case Real r -> Num.ZERO;
      case Const c -> Num.ZERO;
      case Sym s -> symbol(s.name());
      case Sum s -> sum(s.terms());
      case Product p -> product(p.factors());
      case Power p -> power(p);
      case Call c -> call(c);
      case Relation r -> new Relation(r.kind(), d(r.lhs()), d(r.rhs()));
      case ExprList l -> new ExprList(l.items().stream().map(this::d).toList());
      case Command c -> throw new IllegalArgumentException("cannot differentiate the unevaluated "
          + c.name() + "(…); hint: evaluate it first");
    };
  }

  private Expression symbol(String name) {
    if (name.equals(variable)) {
      return Num.ONE;
    }
    Expression rhs = env.definitions().get(name);
    if (rhs == null) {
      return Num.ZERO;
    }
    Expression done = definedMemo.get(name);
    if (done == null) {
      done = d(rhs);
      definedMemo.put(name, done);
    }
    return done;
  }

  private Expression sum(List<Expression> ts) {
    List<Expression> terms = new ArrayList<>(ts.size());
    for (Expression t : ts) {
      terms.add(d(t));
    }
    return Algebra.sum(terms);
  }

  private Expression product(List<Expression> fs) {
    List<Expression> terms = new ArrayList<>();
    for (int i = 0; i < fs.size(); i++) {
      Expression di = d(fs.get(i));
      if (di instanceof Num n && n.isZero()) {
        continue;
      }
      List<Expression> t = new ArrayList<>(fs);
      t.set(i, di);
      terms.add(Algebra.product(t));
    }
    return Algebra.sum(terms);
  }

  private Expression power(Power p) {
    Expression db = d(p.base());
    Expression de = d(p.exponent());
    boolean constantExponent = de instanceof Num n && n.isZero();
    if (constantExponent) {
      if (db instanceof Num n && n.isZero()) {
        return Num.ZERO;
      }
      return Algebra.product(p.exponent(), Algebra.power(p.base(),
          Algebra.sum(p.exponent(), Num.MINUS_ONE)), db);
    }
    Expression logBase = Algebra.call(MathFunction.LOG, p.base());
    return Algebra.product(p, Algebra.sum(Algebra.product(de, logBase),
        Algebra.product(p.exponent(), db, Algebra.power(p.base(), Num.MINUS_ONE))));
  }

  private Expression call(Call c) {
    List<Expression> terms = new ArrayList<>();
    for (int k = 0; k < c.args().size(); k++) {
      Expression dk = d(c.args().get(k));
      if (dk instanceof Num n && n.isZero()) {
        continue;
      }
      terms.add(Algebra.product(
          DerivativeRules.partial(c.function(), c.order(), c.args(), k, explicit), dk));
    }
    return Algebra.sum(terms);
  }
}
