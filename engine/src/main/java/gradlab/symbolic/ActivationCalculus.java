package gradlab.symbolic;

import java.util.HashMap;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Derivative rules of every order in named form, and rewriting to and from exponential form.
 *
 * <p>σ⁽ⁿ⁾ is a polynomial Pₙ in σ: P₁ = σ(1−σ), Pₙ₊₁ = Pₙ′(σ)·σ(1−σ), so σ″ = σ(1−σ)(1−2σ).
 * softplus⁽ⁿ⁾ = σ⁽ⁿ⁻¹⁾, ReLU′ = H (Heaviside), ReLU″ = δ, tanh′ = 1 − tanh². Symja's own
 * {@code LogisticSigmoid} is not used: its second derivative and series overflow the recursion
 * limit.
 */
final class ActivationCalculus {
  private static final String DEFINITIONS = String.join(";",
      "sigma(x_?NumberQ):=(1+E^(-x))^(-1)", "sigma(logit(x_)):=x", "logit(sigma(x_)):=x",
      "logit(x_?NumberQ):=Log(x/(1-x))", "relu(x_?NumberQ):=Max(0,x)",
      "leakyrelu(x_?NumberQ,a_?NumberQ):=If(x>0,x,a*x)", "softplus(x_?NumberQ):=Log(1+E^x)",
      "elu(x_?NumberQ):=If(x>0,x,E^x-1)", "gelu(x_?NumberQ):=x*(1+Erf(x/Sqrt(2)))/2");
  private static final String TIDY_RULES = "{Sech(u_)^n_?EvenQ:>(1-Tanh(u)^2)^(n/2)}";
  private static final String FROM_EXP_RULES = "{(1+E^(-u_))^(-1):>sigma(u),"
      + "E^u_*(1+E^u_)^(-1):>sigma(u),Log(1+E^u_):>softplus(u),"
      + "(1-E^(-2*u_))*(1+E^(-2*u_))^(-1):>Tanh(u)}";

  private static final String EXP_RULES = expRules();

  private ActivationCalculus() {}

  private static String expRules() {
    StringBuilder b = new StringBuilder("{logit(u_):>Log(u/(1-u))");
    for (Activation a : Activation.values()) {
      String args = a == Activation.LEAKY_RELU ? "(u_,v_)" : "(u_)";
      String rhs = a.expForm().replace("#1", "(u)").replace("#2", "(v)").replace("#", "(u)");
      b.append(",").append(a.symja()).append(args).append(":>").append(rhs);
    }
    return b.append("}").toString();
  }

  static void install(SymbolicEngine engine) {
    engine.evalRaw(DEFINITIONS);
  }

  /** Rewrites Symja's tanh′ = sech² back to 1 − tanh². */
  static IExpr tidy(IExpr e, SymbolicEngine engine) {
    if (e.isFree(x -> x.isSymbol() && x.toString().equals("Sech"), true)) {
      return e;
    }
    return engine.evalRaw(F.function(F.symbol("ReplaceRepeated"), e,
        engine.parseSymja(TIDY_RULES)));
  }

  /** Replaces every derivative of an activation by its named form: σ′(u) → σ(u)(1 − σ(u)). */
  static IExpr expandDerivatives(IExpr e, SymbolicEngine engine) {
    Map<String, IExpr> cache = new HashMap<>();
    IExpr out = e;
    for (int round = 0; round < 8; round++) {
      IExpr next = out.replaceAll(node -> namedDerivative(node, engine, cache)).orElse(out);
      next = engine.evalRaw(next);
      if (next.equals(out)) {
        break;
      }
      out = next;
    }
    return tidy(out, engine);
  }

  private static IExpr namedDerivative(IExpr node, SymbolicEngine engine, Map<String, IExpr> c) {
    if (!node.isAST() || !UnicodeForm.isDerivativeHead(node.head())) {
      return F.NIL;
    }
    IAST applied = (IAST) node;
    IAST head = (IAST) applied.head();
    IAST orders = (IAST) head.head();
    String name = head.first().toString();
    var activation = Activation.byName(name);
    if (activation.isEmpty() || applied.argSize() < 1) {
      return F.NIL;
    }
    int n = Integer.parseInt(orders.first().toString());
    IExpr u = applied.first();
    String template = switch (activation.get()) {
      case SIGMOID -> c.computeIfAbsent("sigma" + n, k -> sigmaPolynomial(n, engine)).toString();
      case TANH -> n == 1 ? "1-Tanh(#)^2" : null;
      case RELU -> n == 1 ? "HeavisideTheta(#)" : n == 2 ? "DiracDelta(#)" : null;
      case SOFTPLUS -> n == 1 ? "sigma(#)" : "Derivative(" + (n - 1) + ")[sigma][#]";
      case ELU -> n == 1 ? activation.get().firstDerivative()
          : "Piecewise({{0,#>0}},elu(#)+1)";
      case GELU -> n == 1 ? activation.get().firstDerivative() : null;
      case LEAKY_RELU -> orders.argSize() != 2 ? null
          : n == 1 && orders.getAt(2).isZero() ? "#2+(1-#2)*HeavisideTheta(#1)"
          : n == 0 && orders.getAt(2).isOne() ? "Min(0,#1)" : null; // ∂/∂α
    };
    if (template == null) {
      return F.NIL;
    }
    IExpr fn = engine.evalRaw("Function(" + template.replace("#1", "#").replace("#2",
        applied.argSize() > 1 ? "(" + applied.getAt(2) + ")" : "0") + ")");
    return engine.evalRaw(F.function(fn, u));
  }

  /** Pₙ(σ(#)) with Pₙ₊₁(s) = Factor(Pₙ′(s)·s(1−s)). */
  private static IExpr sigmaPolynomial(int n, SymbolicEngine engine) {
    IExpr p = engine.evalRaw("s*(1-s)");
    for (int k = 1; k < n; k++) {
      p = engine.evalRaw(F.function(F.symbol("Factor"),
          F.Times(engine.evalRaw(F.D(p, F.symbol("s"))), engine.evalRaw("s*(1-s)"))));
    }
    IExpr template = p.replaceAll(F.Rule(F.symbol("s"), engine.evalRaw("sigma(Slot(1))")))
        .orElse(p);
    return template;
  }

  /** Every activation (and its derivatives) written with exponentials. */
  static IExpr toExpForm(IExpr e, SymbolicEngine engine) {
    IExpr out = expandDerivatives(e, engine);
    return engine.evalRaw(F.function(F.symbol("ReplaceAll"), out,
        engine.parseSymja(EXP_RULES)));
  }

  /** Recognises exponential forms of σ, softplus and tanh and names them. */
  static IExpr fromExpForm(IExpr e, SymbolicEngine engine) {
    return engine.evalRaw(F.function(F.symbol("ReplaceRepeated"), e,
        engine.parseSymja(FROM_EXP_RULES)));
  }
}
