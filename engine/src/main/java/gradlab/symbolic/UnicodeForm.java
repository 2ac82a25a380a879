package gradlab.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Unicode mathematics for terminals: {@code (f − a)·w₄·σ′(z₃)}, {@code √(1 − 4/w)},
 * {@code x²}. Sums list positive terms first; products pull negative powers into a denominator.
 * Numbers and names are written by {@link UnicodeAtoms}.
 */
final class UnicodeForm {
  private static final int SUM = 10;
  private static final int PRODUCT = 20;
  private static final int POWER = 30;
  private static final int ATOM = 40;
  private static final Map<String, String> RELATIONS = Map.of("Equal", " = ", "Unequal", " ≠ ",
      "Less", " < ", "LessEqual", " ≤ ", "Greater", " > ", "GreaterEqual", " ≥ ", "Rule", " → ",
      "And", " ∧ ", "Or", " ∨ ", "Set", " = ");

  private UnicodeForm() {}

  /** A name in Unicode: w1 → w₁, eta → η ({@link UnicodeAtoms#symbol}). */
  static String symbol(String name) {
    return UnicodeAtoms.symbol(name);
  }

  static String format(IExpr e) {
    return fmt(e, 0);
  }

  private static String fmt(IExpr e, int context) {
    String s;
    int prec;
    if (e.isNumber()) {
      s = UnicodeAtoms.number(e);
      prec = e.isInteger() && !e.isNegative() ? ATOM : (e.isFraction() ? PRODUCT : SUM);
      if (e.isReal() && !e.isNegative() && !e.isFraction()) {
        prec = ATOM;
      }
    } else if (e.isSymbol()) {
      s = UnicodeAtoms.symbol(SymjaNames.userName(e.toString()));
      prec = ATOM;
    } else if (e.isPlus()) {
      s = sum((IAST) e);
      prec = SUM;
    } else if (e.isTimes()) {
      s = product((IAST) e);
      prec = s.startsWith("−") ? SUM : PRODUCT;
    } else if (e.isPower()) {
      s = power(e.base(), e.exponent());
      // exp(−x²/2) is an application, an atom: x·exp(−x²/2), never x·(exp(−x²/2))
      prec = s.startsWith("exp(") ? ATOM
          : s.contains("/") && !s.startsWith("√") ? PRODUCT : POWER;
    } else if (e.isAST()) {
      s = application((IAST) e);
      prec = RELATIONS.containsKey(((IAST) e).head().toString()) ? 0 : ATOM;
    } else {
      s = e.toString();
      prec = ATOM;
    }
    return prec < context ? "(" + s + ")" : s;
  }

  private static String sum(IAST plus) {
    List<IExpr> positive = new ArrayList<>();
    List<IExpr> negative = new ArrayList<>();
    List<IExpr> orders = new ArrayList<>();
    for (int i = 1; i <= plus.argSize(); i++) {
      IExpr t = plus.getAt(i);
      (t.isAST() && t.head().toString().equals("O") ? orders
          : isNegativeTerm(t) ? negative : positive).add(t);
    }
    // positive terms first (a − b, not −b + a); a series keeps the library's order, ascending
    // powers: x − x²/2 + x³/3 + O(x⁴)
    List<IExpr> terms = new ArrayList<>(IndexOrder.inIndexOrder(positive));
    terms.addAll(IndexOrder.inIndexOrder(negative));
    if (!orders.isEmpty()) {
      terms = new ArrayList<>();
      for (int i = 1; i <= plus.argSize(); i++) {
        IExpr t = plus.getAt(i);
        if (!orders.contains(t)) {
          terms.add(t);
        }
      }
    }
    StringBuilder b = new StringBuilder();
    for (IExpr t : terms) {
      String s = fmt(t, SUM);
      b.append(b.isEmpty() ? s : isNegativeTerm(t) ? " − " + s.substring(1) : " + " + s);
    }
    for (IExpr t : orders) {
      b.append(b.isEmpty() ? "" : " + ").append(fmt(t, SUM));
    }
    return b.toString();
  }

  private static boolean isNegativeTerm(IExpr t) {
    if (t.isNumber()) {
      return t.isNegative();
    }
    return t.isTimes() && t.first().isNumber() && t.first().isNegative();
  }

  private static String product(IAST times) {
    List<String> num = new ArrayList<>();
    List<String> den = new ArrayList<>();
    boolean negative = false;
    for (int i = 1; i <= times.argSize(); i++) {
      IExpr f = times.getAt(i);
      if (f.isNumber() && (f.isInteger() || f.isFraction())) {
        negative = f.isNegative();
        IExpr abs = negative ? f.negate() : f;
        if (abs.isFraction()) {
          String[] pq = abs.toString().split("/");
          if (!pq[0].equals("1")) {
            num.add(pq[0]);
          }
          den.add(pq[1]);
        } else if (!abs.isOne()) {
          num.add(abs.toString());
        }
      } else if (f.isPower() && f.exponent().isNumber() && f.exponent().isNegative()) {
        IExpr inv = f.exponent().negate();
        den.add(inv.isOne() ? fmt(f.base(), POWER) : power(f.base(), inv));
      } else if (f.isReal() && Math.abs(f.evalf()) == 1.0 && times.argSize() > 1) {
        negative = f.isNegative(); // −1.0·b is −b, never "1b"
      } else if (f.isNumber() && f.isNegative()) {
        negative = true;
        num.add(fmt(f.negate(), PRODUCT + 1));
      } else {
        num.add(fmt(f, PRODUCT + 1));
      }
    }
    String top = joinFactors(num);
    String out = den.isEmpty() ? top
        : top + "/" + (den.size() > 1 ? "(" + joinFactors(den) + ")" : den.get(0));
    return negative ? "−" + out : out;
  }

  /** Sums last (σ(z)·(1 − σ(z))), and an integer coefficient written against the next factor. */
  private static String joinFactors(List<String> factors) {
    if (factors.isEmpty()) {
      return "1";
    }
    List<String> ordered = new ArrayList<>(factors.stream().filter(f -> !f.startsWith("(")).toList());
    ordered.addAll(factors.stream().filter(f -> f.startsWith("(")).toList());
    StringBuilder b = new StringBuilder(ordered.get(0));
    for (int i = 1; i < ordered.size(); i++) {
      boolean coefficient = i == 1 && ordered.get(0).matches("\\d+")
          && !Character.isDigit(ordered.get(i).charAt(0));
      b.append(coefficient ? "" : "·").append(ordered.get(i));
    }
    return b.toString();
  }

  private static String power(IExpr base, IExpr exp) {
    // a symbol test first: ApfloatNum.isE computes e at the number's precision (seconds at
    // high precision, and it does not stop when asked)
    if (base.isSymbol() && base.isE()) {
      // the exponent as an atom: e^(2x) (never e^2x, which reads as e²·x), else exp(…)
      String x = fmt(exp, ATOM);
      return x.length() <= 5 && !x.contains(" ") ? "e" + superscript(x, exp)
          : "exp(" + fmt(exp, 0) + ")";
    }
    if (exp.isFraction() && exp.toString().equals("1/2")) {
      return "√" + fmt(base, ATOM);
    }
    if (exp.isFraction() && exp.toString().equals("-1/2")) {
      return "1/√" + fmt(base, ATOM);
    }
    if (exp.isInteger() && exp.isNegative()) {
      IExpr inv = exp.negate();
      return "1/" + (inv.isOne() ? fmt(base, POWER) : power(base, inv));
    }
    return fmt(base, POWER + 1) + superscript(fmt(exp, ATOM), exp);
  }

  private static String superscript(String formatted, IExpr exp) {
    if (exp.isInteger() && formatted.matches("−?\\d+")) {
      return UnicodeAtoms.digits(formatted.replace("−", "-"), UnicodeAtoms.SUP);
    }
    return "^" + formatted;
  }

  private static String application(IAST ast) {
    IExpr head = ast.head();
    String h = head.toString();
    List<String> args = new ArrayList<>();
    for (int i = 1; i <= ast.argSize(); i++) {
      args.add(fmt(ast.getAt(i), 0));
    }
    if (RELATIONS.containsKey(h) && args.size() >= 2) {
      List<String> parts = new ArrayList<>();
      for (int i = 1; i <= ast.argSize(); i++) {
        parts.add(fmt(ast.getAt(i), SUM));
      }
      return String.join(RELATIONS.get(h), parts);
    }
    switch (h) {
      case "List":
        return "{" + String.join(", ", args) + "}";
      case "Abs":
        return "|" + args.get(0) + "|";
      case "Sqrt":
        return "√" + fmt(ast.getAt(1), ATOM);
      case "Not":
        return "¬" + fmt(ast.getAt(1), ATOM);
      case "DirectedInfinity":
        return ast.argSize() == 1 && ast.getAt(1).isNegative() ? "−∞" : "∞";
      default:
        break;
    }
    if (isDerivativeHead(head)) {
      return derivative((IAST) head, args);
    }
    String name = head.isSymbol() ? UnicodeAtoms.functionName(h) : fmt(head, ATOM);
    return name + "(" + String.join(", ", args) + ")";
  }

  /** True for the head {@code Derivative(n…)[f]} of an applied derivative. */
  static boolean isDerivativeHead(IExpr head) {
    return head.isAST() && ((IAST) head).head().isAST()
        && ((IAST) ((IAST) head).head()).head().toString().equals("Derivative");
  }

  /** Derivative(n)[f] → f′, f″, f‴, f⁽ⁿ⁾; several slots → ∂ with the slot's index. */
  private static String derivative(IAST derivativeHead, List<String> args) {
    IAST d = (IAST) derivativeHead.head();
    String name = UnicodeAtoms.functionName(derivativeHead.first().toString());
    if (d.argSize() == 1) {
      int n = Integer.parseInt(d.first().toString());
      String marks = switch (n) {
        case 1 -> "′";
        case 2 -> "″";
        case 3 -> "‴";
        default -> "⁽" + UnicodeAtoms.digits(Integer.toString(n), UnicodeAtoms.SUP) + "⁾";
      };
      return name + marks + "(" + String.join(", ", args) + ")";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= d.argSize(); i++) {
      int n = Integer.parseInt(d.getAt(i).toString());
      for (int k = 0; k < n; k++) {
        b.append("∂").append(UnicodeAtoms.digits(Integer.toString(i), UnicodeAtoms.SUB));
      }
    }
    return b + name + "(" + String.join(", ", args) + ")";
  }
}
