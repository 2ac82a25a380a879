package gradlab.symbolic;

import gradlab.math.Algebra;
import gradlab.math.Call;
import gradlab.math.Command;
import gradlab.math.Const;
import gradlab.math.DerivativeRules;
import gradlab.math.ExprList;
import gradlab.math.Expression;
import gradlab.math.MathFunction;
import gradlab.math.Num;
import gradlab.math.Power;
import gradlab.math.Product;
import gradlab.math.Real;
import gradlab.math.Relation;
import gradlab.math.Sum;
import gradlab.math.Sym;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.expression.F;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;
import org.matheclipse.core.interfaces.IFraction;
import org.matheclipse.core.interfaces.IInteger;

/**
 * Translates the math language's tree to Symja and back. The only place where catalogue
 * functions meet Symja's names (σ is the engine's {@code sigma}, tanh is {@code Tanh}, H is
 * {@code HeavisideTheta}). Runs on the engine thread.
 */
final class TreeBridge {
  private final SymbolicEngine engine;
  private final Map<MathFunction, IExpr> heads = new EnumMap<>(MathFunction.class);
  private final Map<String, MathFunction> byHead = new HashMap<>();

  TreeBridge(SymbolicEngine engine) {
    this.engine = engine;
    for (MathFunction f : MathFunction.values()) {
      IExpr head = engine.parseSymja(symjaName(f));
      heads.put(f, head);
      byHead.putIfAbsent(head.toString(), f);
    }
  }

  /** The engine's name of a catalogue function (σ is {@code sigma}, tanh is {@code Tanh}). */
  static String symjaName(MathFunction f) {
    return switch (f) {
      case EXP -> "Exp";
      case LOG -> "Log";
      case SIN -> "Sin";
      case COS -> "Cos";
      case TAN -> "Tan";
      case ASIN -> "ArcSin";
      case ACOS -> "ArcCos";
      case ATAN -> "ArcTan";
      case SINH -> "Sinh";
      case COSH -> "Cosh";
      case TANH -> "Tanh";
      case ASINH -> "ArcSinh";
      case ACOSH -> "ArcCosh";
      case ATANH -> "ArcTanh";
      case ABS -> "Abs";
      case SIGN -> "Sign";
      case HEAVISIDE -> "HeavisideTheta";
      case DIRAC_DELTA -> "DiracDelta";
      case MAX -> "Max";
      case MIN -> "Min";
      case ERF -> "Erf";
      case SIGMOID -> "sigma";
      case LOGIT -> "logit";
      case RELU -> "relu";
      case LEAKY_RELU -> "leakyrelu";
      case SOFTPLUS -> "softplus";
      case ELU -> "elu";
      case GELU -> "gelu";
      case LAMBERT_W -> "ProductLog";
      case LOGSUMEXP -> "Log"; // written out as log(Σ exp) in toSymja
    };
  }

  IExpr toSymja(Expression e) {
    return switch (e) {
      case Num n -> n.isInteger() ? F.ZZ(n.num()) : F.fraction(n.num(), n.den());
      // toString, not toPlainString: N(exp(−10⁹)) as a plain string is 434 million characters
      case Real r -> r.digits() != null ? F.num(r.digits().toString(),
          r.digits().precision()) : F.num(r.value());
      case Const c -> c.kind() == Const.Kind.PI ? F.Pi : F.E;
      case Sym s -> SymjaNames.symbol(s.name());
      case Sum s -> F.Plus(all(s.terms()));
      case Product p -> F.Times(all(p.factors()));
      case Power p -> F.Power(toSymja(p.base()), toSymja(p.exponent()));
      case Call c -> call(c);
      case Relation r -> relation(r);
      case ExprList l -> F.List(all(l.items()));
      case Command c -> F.function(engine.parseSymja(commandHead(c.name())), all(c.args()));
    };
  }

  private static String commandHead(String name) {
    return name.length() > 1 ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
  }

  private IExpr[] all(List<Expression> es) {
    IExpr[] out = new IExpr[es.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = toSymja(es.get(i));
    }
    return out;
  }

  private IExpr call(Call c) {
    if (c.function() == MathFunction.LOGSUMEXP) {
      return logSumExp(all(c.args()));
    }
    IExpr head = heads.get(c.function());
    if (c.order() > 0) {
      head = F.unaryAST1(F.unaryAST1(F.Derivative, F.ZZ(c.order())), head);
    }
    return F.function(head, all(c.args()));
  }

  /** log(e^a₁ + … + e^aₙ): logsumexp has no Symja head (its Log(u, v) is a base-u logarithm). */
  static IExpr logSumExp(IExpr... args) {
    IExpr[] exps = new IExpr[args.length];
    for (int i = 0; i < exps.length; i++) {
      exps[i] = F.Power(F.E, args[i]);
    }
    return F.Log(F.Plus(exps));
  }

  private IExpr relation(Relation r) {
    IExpr a = toSymja(r.lhs());
    IExpr b = toSymja(r.rhs());
    return switch (r.kind()) {
      case EQUAL -> F.Equal(a, b);
      case NOT_EQUAL -> F.Unequal(a, b);
      case LESS -> F.Less(a, b);
      case LESS_EQUAL -> F.LessEqual(a, b);
      case GREATER -> F.Greater(a, b);
      case GREATER_EQUAL -> F.GreaterEqual(a, b);
      case RULE -> F.Rule(a, b);
    };
  }

  /** Symja's expression as our tree; heads we do not know become {@link Command}s. */
  Expression fromSymja(IExpr e) {
    if (e.isInteger()) {
      return new Num(((IInteger) e).toBigNumerator(), java.math.BigInteger.ONE);
    }
    if (e.isFraction()) {
      IFraction f = (IFraction) e;
      return new Num(f.toBigNumerator(), f.toBigDenominator());
    }
    if (e.isReal()) {
      return new Real(e.evalf());
    }
    if (e.isNumber()) {
      throw new ArithmeticException("not a real number: " + UnicodeForm.format(e));
    }
    if (e.isSymbol()) {
      String name = SymjaNames.userName(e.toString());
      return switch (name) {
        case "Pi" -> Const.PI;
        case "E" -> Const.E;
        default -> new Sym(name);
      };
    }
    if (!e.isAST()) {
      return new Sym(e.toString());
    }
    IAST ast = (IAST) e;
    List<Expression> args = new ArrayList<>();
    for (int i = 1; i <= ast.argSize(); i++) {
      args.add(fromSymja(ast.getAt(i)));
    }
    IExpr head = ast.head();
    if (UnicodeForm.isDerivativeHead(head)) {
      IAST d = (IAST) head;
      MathFunction f = byHead.get(d.first().toString());
      IAST orders = (IAST) d.head();
      if (f != null && orders.argSize() == 1 && args.size() == 1) {
        return Algebra.call(f, Integer.parseInt(orders.first().toString()), args);
      }
      // a first partial of a function of several arguments, e.g. Derivative(1,0)[leakyrelu]:
      // the catalogue's rule for ∂f/∂(argument k)
      if (f != null && orders.argSize() == args.size()) {
        int k = -1;
        int total = 0;
        for (int i = 0; i < args.size(); i++) {
          int o = Integer.parseInt(orders.getAt(i + 1).toString());
          total += o;
          k = o == 1 ? i : k;
        }
        if (total == 1) {
          return DerivativeRules.partial(f, 0, args, k, false);
        }
      }
    }
    String h = head.toString();
    MathFunction f = byHead.get(h);
    if (f != null) {
      return Algebra.call(f, 0, args);
    }
    return switch (h) {
      case "Plus" -> Algebra.sum(args);
      case "Times" -> Algebra.product(args);
      case "Power" -> {
        // Symja's (−1)^(1/3) is the principal, complex root (1/2 + i√3/2), never the real −1
        if (args.get(0) instanceof Num b && b.signum() < 0 && args.get(1) instanceof Num x
            && !x.isInteger()) {
          throw new ArithmeticException("not a real number: " + UnicodeForm.format(e));
        }
        yield Algebra.power(args.get(0), args.get(1));
      }
      case "List" -> new ExprList(args);
      case "Rule" -> new Relation(Relation.Kind.RULE, args.get(0), args.get(1));
      case "Equal" -> args.size() == 2 ? new Relation(Relation.Kind.EQUAL, args.get(0),
          args.get(1)) : new Command(h, args);
      default -> new Command(h, args);
    };
  }

  /** True when the expression is Power, Sum, … only: no Symja head we could not translate. */
  static boolean isPlain(Expression e) {
    return switch (e) {
      case Command c -> false;
      case Sum s -> s.terms().stream().allMatch(TreeBridge::isPlain);
      case Product p -> p.factors().stream().allMatch(TreeBridge::isPlain);
      case Power p -> isPlain(p.base()) && isPlain(p.exponent());
      case Call c -> c.args().stream().allMatch(TreeBridge::isPlain);
      case ExprList l -> l.items().stream().allMatch(TreeBridge::isPlain);
      case Relation r -> isPlain(r.lhs()) && isPlain(r.rhs());
      default -> true;
    };
  }
}
