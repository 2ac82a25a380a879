package gradlab.symbolic;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import gradlab.math.MathFunction;
import org.matheclipse.core.expression.ApfloatNum;
import org.matheclipse.core.interfaces.IAST;
import org.matheclipse.core.interfaces.IExpr;

/**
 * Unicode mathematics for terminals: {@code (f − a)·w₄·σ′(z₃)}, {@code √(1 − 4/w)},
 * {@code x²}. Sums list positive terms first; products pull negative powers into a denominator.
 */
final class UnicodeForm {
  private static final int SUM = 10;
  private static final int PRODUCT = 20;
  private static final int POWER = 30;
  private static final int ATOM = 40;
  private static final Pattern INDEXED = Pattern.compile("([A-Za-z]*?[A-Za-z])(\\d+)");
  private static final String SUB = "₀₁₂₃₄₅₆₇₈₉";
  private static final String SUP = "⁰¹²³⁴⁵⁶⁷⁸⁹";
  private static final Map<String, String> NAMES = Map.ofEntries(
      Map.entry("Pi", "π"), Map.entry("E", "e"), Map.entry("Infinity", "∞"),
      Map.entry("Indeterminate", "NaN"), // as the LaTeX of the same cell says (user26 F10)
      Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"),
      Map.entry("delta", "δ"), Map.entry("epsilon", "ε"), Map.entry("eta", "η"),
      Map.entry("theta", "θ"), Map.entry("lambda", "λ"), Map.entry("mu", "μ"),
      Map.entry("sigma", "σ"), Map.entry("tau", "τ"), Map.entry("phi", "φ"),
      Map.entry("omega", "ω"), Map.entry("rho", "ρ"), Map.entry("xi", "ξ"), Map.entry("nu", "ν"),
      Map.entry("Log", "ln"), Map.entry("HeavisideTheta", "H"), Map.entry("DiracDelta", "δ"),
      Map.entry("relu", "ReLU"), Map.entry("elu", "ELU"), Map.entry("gelu", "GELU"),
      Map.entry("leakyrelu", "LeakyReLU"), Map.entry("True", "true"),
      Map.entry("False", "false"));
  /** The catalogue's own display names (ProductLog is W), read from {@link MathFunction}. */
  private static final Map<String, String> CATALOGUE = catalogueNames();
  private static final Map<String, String> RELATIONS = Map.of("Equal", " = ", "Unequal", " ≠ ",
      "Less", " < ", "LessEqual", " ≤ ", "Greater", " > ", "GreaterEqual", " ≥ ", "Rule", " → ",
      "And", " ∧ ", "Or", " ∨ ", "Set", " = ");

  private UnicodeForm() {}

  private static Map<String, String> catalogueNames() {
    Map<String, String> names = new java.util.HashMap<>();
    for (MathFunction f : MathFunction.values()) {
      if (f != MathFunction.LOGSUMEXP) {
        names.putIfAbsent(TreeBridge.symjaName(f), f.displayName());
      }
    }
    return Map.copyOf(names);
  }

  static String format(IExpr e) {
    return fmt(e, 0);
  }

  private static String fmt(IExpr e, int context) {
    String s;
    int prec;
    if (e.isNumber()) {
      s = number(e);
      prec = e.isInteger() && !e.isNegative() ? ATOM : (e.isFraction() ? PRODUCT : SUM);
      if (e.isReal() && !e.isNegative() && !e.isFraction()) {
        prec = ATOM;
      }
    } else if (e.isSymbol()) {
      s = symbol(SymjaNames.userName(e.toString()));
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

  private static String number(IExpr e) {
    if (e.isInteger() || e.isFraction()) {
      return e.toString().replace("-", "−");
    }
    if (e.isReal()) {
      double d = e.evalf();
      if (e instanceof ApfloatNum a && !a.isZero() && (d == 0 || !Double.isFinite(d)
          || a.precision() > 17)) {
        // N[Pi, 20] (the library's own N, in brackets) printed 3.141592654: its 20 digits
        // were there, and the double printer dropped them
        // N(softmax({1000, 0, −1000})) printed {1, 0.0, 0.0}: e^−1000 is 5.1×10⁻⁴³⁵, not 0
        return gradlab.math.Printer.decimal(new java.math.BigDecimal(
            a.apfloatValue().toString(false)));
      }
      String s = Double.toString(d);
      if (Math.abs(d) >= 1e-4 && Math.abs(d) < 1e9) {
        s = String.format(java.util.Locale.ROOT, "%.10g", d).replaceAll("\\.?0+$", "");
        if (s.contains("e")) {
          s = Double.toString(d);
        }
      } else if (d != 0 && Double.isFinite(d)) {
        s = scientific(d); // 4.248354255×10⁻¹⁸, never Java's 4.248354255E-18
      }
      return s.replace("-", "−");
    }
    return e.toString().replace("*I", "i").replace("-", "−");
  }

  /** d as m×10ᵏ with ten significant digits. */
  static String scientific(double d) {
    String[] parts = String.format(java.util.Locale.ROOT, "%.9e", d).split("e");
    String mantissa = parts[0].replaceAll("\\.?0+$", "");
    return mantissa + "×10" + digits(String.valueOf(Integer.parseInt(parts[1])), SUP);
  }

  static String symbol(String name) {
    String known = NAMES.get(name);
    if (known != null) {
      return known;
    }
    if (name.startsWith("delta") && name.length() > 5 && !Character.isDigit(name.charAt(5))) {
      return "δ" + symbol(name.substring(5));
    }
    Matcher m = INDEXED.matcher(name);
    if (m.matches()) {
      String base = m.group(1); // E1 is a name E₁, never Euler's e with an index
      return (base.equals("E") || base.equals("Pi") ? base : symbol(base))
          + digits(m.group(2), SUB);
    }
    return name.indexOf('_') > 0 ? gradlab.math.Printer.name(name) : name;
  }

  private static String digits(String ds, String table) {
    StringBuilder b = new StringBuilder();
    for (char c : ds.toCharArray()) {
      b.append(c == '-' ? '⁻' : table.charAt(c - '0'));
    }
    return b.toString();
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
      return digits(formatted.replace("−", "-"), SUP);
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
    String name = head.isSymbol() ? functionName(h) : fmt(head, ATOM);
    return name + "(" + String.join(", ", args) + ")";
  }

  private static String functionName(String h) {
    String known = NAMES.get(h);
    if (known != null) {
      return known;
    }
    known = CATALOGUE.get(h);
    if (known != null) {
      return known;
    }
    return h.length() > 1 && Character.isUpperCase(h.charAt(0))
        && Character.isLowerCase(h.charAt(1)) ? h.toLowerCase(java.util.Locale.ROOT) : symbol(h);
  }

  /** True for the head {@code Derivative(n…)[f]} of an applied derivative. */
  static boolean isDerivativeHead(IExpr head) {
    return head.isAST() && ((IAST) head).head().isAST()
        && ((IAST) ((IAST) head).head()).head().toString().equals("Derivative");
  }

  /** Derivative(n)[f] → f′, f″, f‴, f⁽ⁿ⁾; several slots → ∂ with the slot's index. */
  private static String derivative(IAST derivativeHead, List<String> args) {
    IAST d = (IAST) derivativeHead.head();
    String name = functionName(derivativeHead.first().toString());
    if (d.argSize() == 1) {
      int n = Integer.parseInt(d.first().toString());
      String marks = switch (n) {
        case 1 -> "′";
        case 2 -> "″";
        case 3 -> "‴";
        default -> "⁽" + digits(Integer.toString(n), SUP) + "⁾";
      };
      return name + marks + "(" + String.join(", ", args) + ")";
    }
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= d.argSize(); i++) {
      int n = Integer.parseInt(d.getAt(i).toString());
      for (int k = 0; k < n; k++) {
        b.append("∂").append(digits(Integer.toString(i), SUB));
      }
    }
    return b + name + "(" + String.join(", ", args) + ")";
  }
}
