package gradlab.math;

import java.util.ArrayList;
import java.util.List;

/**
 * Prints expressions in three styles: Unicode for terminals (σ′(z₃)·w₄, x², √x, nᵢₙ), LaTeX,
 * and the input form, which {@link Parser} reads back to an equal expression. Pure functions.
 * Numbers are written by {@link PrintedNumbers}, names by {@link PrintedNames}.
 */
public final class Printer {
  /** The output styles. */
  public enum Style { UNICODE, LATEX, INPUT }

  private static final int RELATION = 1;
  private static final int SUM = 2;
  private static final int PRODUCT = 3;
  private static final int POWER = 4;
  private static final int ATOM = 5;
  private final Style style;

  private Printer(Style style) {
    this.style = style;
  }

  public static String unicode(Expression e) {
    return new Printer(Style.UNICODE).print(e, 0);
  }

  public static String latex(Expression e) {
    return new Printer(Style.LATEX).print(e, 0);
  }

  public static String input(Expression e) {
    return new Printer(Style.INPUT).print(e, 0);
  }

  public static String print(Expression e, Style style) {
    return new Printer(style).print(e, 0);
  }

  /**
   * A decimal with all its digits, written out between 10⁻⁶ and 10²⁰, else as m×10ᵏ (a
   * number like 1e-400 is not four hundred zeros).
   */
  public static String decimal(java.math.BigDecimal d) {
    return decimal(d, false);
  }

  /** As {@link #decimal(java.math.BigDecimal)}, in LaTeX when {@code tex}. */
  public static String decimal(java.math.BigDecimal d, boolean tex) {
    return PrintedNumbers.decimal(d, tex);
  }

  /** A name in Unicode: z3 → z₃, n_in → nᵢₙ, eta → η. */
  public static String name(String name) {
    return PrintedNames.symbol(name, Style.UNICODE);
  }

  private String print(Expression e, int context) {
    String s = switch (e) {
      case Num n -> PrintedNumbers.rational(n, style);
      case Real r -> r.digits() != null ? r.digits().toPlainString().replace("-", minus())
          : PrintedNumbers.real(r.value(), style);
      case Const c -> c.kind() == Const.Kind.PI ? pick("π", "\\pi", "pi") : pick("e", "e", "E");
      case Sym s2 -> PrintedNames.symbol(s2.name(), style);
      case Call c -> call(c);
      case Sum s2 -> sum(s2);
      case Product p -> product(p);
      case Power p -> power(p);
      case Relation r -> print(r.lhs(), RELATION + 1) + " "
          + (style == Style.INPUT ? r.kind().input() : style == Style.LATEX ? latexRelation(r)
          : r.kind().unicode()) + " " + print(r.rhs(), RELATION + 1);
      case ExprList l -> style == Style.LATEX && isMatrix(l) ? matrix(l)
          : pick("{", "\\left\\{", "{") + join(l.items(), ", ") + pick("}", "\\right\\}", "}");
      case Command c -> c.name() + "(" + join(c.args(), ", ") + ")";
    };
    return precedence(e) < context ? paren(s) : s;
  }

  /** A list of two or more rows of equal length, each a list of expressions. */
  private static boolean isMatrix(ExprList l) {
    if (l.items().size() < 2 || !(l.items().get(0) instanceof ExprList first)) {
      return false;
    }
    int n = first.items().size();
    return n > 0 && l.items().stream().allMatch(r -> r instanceof ExprList row
        && row.items().size() == n && row.items().stream().noneMatch(x -> x instanceof ExprList));
  }

  /** A Hessian or Jacobian as a LaTeX pmatrix. */
  private String matrix(ExprList l) {
    StringBuilder b = new StringBuilder("\\begin{pmatrix}");
    for (int i = 0; i < l.items().size(); i++) {
      b.append(i == 0 ? " " : " \\\\ ").append(join(((ExprList) l.items().get(i)).items(), " & "));
    }
    return b.append(" \\end{pmatrix}").toString();
  }

  private static String latexRelation(Relation r) {
    return switch (r.kind()) {
      case EQUAL -> "=";
      case NOT_EQUAL -> "\\neq";
      case LESS -> "<";
      case LESS_EQUAL -> "\\leq";
      case GREATER -> ">";
      case GREATER_EQUAL -> "\\geq";
      case RULE -> "\\to";
    };
  }

  private String paren(String s) {
    return style == Style.LATEX ? "\\left(" + s + "\\right)" : "(" + s + ")";
  }

  private String pick(String unicode, String latex, String input) {
    return switch (style) {
      case UNICODE -> unicode;
      case LATEX -> latex;
      case INPUT -> input;
    };
  }

  private String join(List<Expression> items, String sep) {
    List<String> out = new ArrayList<>();
    for (Expression x : items) {
      out.add(print(x, 0));
    }
    return String.join(sep, out);
  }

  private static int precedence(Expression e) {
    return switch (e) {
      case Num n -> n.signum() < 0 || !n.isInteger() ? PRODUCT : ATOM;
      case Real r -> r.value() < 0 ? PRODUCT : ATOM;
      case Sum s -> SUM;
      case Product p -> PRODUCT;
      case Power p -> p.exponent() instanceof Num n && n.equals(Num.of(1, 2)) ? ATOM : POWER;
      case Relation r -> RELATION;
      default -> ATOM;
    };
  }

  private String minus() {
    return pick("−", "-", "-");
  }

  private String call(Call c) {
    MathFunction f = c.function();
    String head = pick(f.displayName(), f.latex(), f.inputName());
    if (c.order() > 0) {
      head += primes(c.order());
    }
    return head + pick("(", "\\left(", "(") + join(c.args(), ", ") + pick(")", "\\right)", ")");
  }

  private String primes(int n) {
    if (style != Style.UNICODE) {
      return "'".repeat(n);
    }
    return n == 1 ? "′" : n == 2 ? "″" : n == 3 ? "‴"
        : "⁽" + PrintedNumbers.superscript("" + n) + "⁾";
  }

  private String sum(Sum s) {
    StringBuilder b = new StringBuilder();
    List<Expression> terms = seriesOrder(s.terms());
    for (int i = 0; i < terms.size(); i++) {
      Expression t = terms.get(i);
      if (i == 0) {
        b.append(print(t, SUM));
      } else if (isNegative(t)) {
        b.append(" ").append(minus()).append(" ").append(print(Algebra.negate(t), SUM + 1));
      } else {
        b.append(" + ").append(print(t, SUM + 1));
      }
    }
    return b.toString();
  }

  /**
   * A series (a sum with an order term O(…)) in ascending powers: the constant first, O last,
   * the rest as they come; any other sum as it is.
   */
  private static List<Expression> seriesOrder(List<Expression> terms) {
    if (terms.stream().noneMatch(t -> t instanceof Command c && c.name().equals("O"))) {
      return terms;
    }
    List<Expression> out = new ArrayList<>(terms.stream().filter(Expression::isNumber).toList());
    terms.stream().filter(t -> !t.isNumber() && !(t instanceof Command c
        && c.name().equals("O"))).forEach(out::add);
    terms.stream().filter(t -> t instanceof Command c && c.name().equals("O")).forEach(out::add);
    return out;
  }

  private static boolean isNegative(Expression t) {
    return switch (t) {
      case Num n -> n.signum() < 0;
      case Real r -> r.value() < 0;
      case Product p -> isNegative(p.factors().get(0));
      default -> false;
    };
  }

  private String product(Product p) {
    List<Expression> num = new ArrayList<>();
    List<Expression> den = new ArrayList<>();
    Expression coefficient = null;
    for (Expression f : p.factors()) {
      if (f.isNumber() && coefficient == null) {
        coefficient = f;
      } else if (f instanceof Power w && isNegative(w.exponent())) {
        den.add(Algebra.power(w.base(), Algebra.negate(w.exponent())));
      } else {
        num.add(f);
      }
    }
    String sign = "";
    if (coefficient instanceof Num n) {
      if (n.signum() < 0) {
        sign = minus();
        n = n.negate();
      }
      if (!n.den().equals(java.math.BigInteger.ONE)) {
        den.add(0, new Num(n.den(), java.math.BigInteger.ONE));
      }
      if (!n.num().equals(java.math.BigInteger.ONE)) {
        num.add(0, new Num(n.num(), java.math.BigInteger.ONE));
      }
    } else if (coefficient instanceof Real r) {
      if (r.value() < 0) {
        sign = minus();
      }
      num.add(0, new Real(Math.abs(r.value())));
    }
    String top = num.isEmpty() ? "1" : factors(num);
    if (den.isEmpty()) {
      return sign + top;
    }
    String bottom = den.size() == 1 ? print(den.get(0), PRODUCT + 1) : paren(factors(den));
    if (style == Style.LATEX) {
      return sign + "\\frac{" + top + "}{" + factors(den) + "}";
    }
    String t = num.size() > 1 && num.get(0).isNumber() || num.size() <= 1 ? top : top;
    return sign + t + "/" + bottom;
  }

  private String factors(List<Expression> fs) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < fs.size(); i++) {
      String s = print(fs.get(i), PRODUCT + 1);
      if (i > 0) {
        boolean juxtapose = style != Style.INPUT && fs.get(i - 1) instanceof Num
            && !s.isEmpty() && !Character.isDigit(s.charAt(0));
        b.append(juxtapose ? (style == Style.LATEX ? " " : "")
            : pick("·", " \\cdot ", "*"));
      }
      b.append(s);
    }
    return b.toString();
  }

  private String power(Power p) {
    Expression x = p.exponent();
    if (x instanceof Num n && n.equals(Num.of(1, 2))) {
      return pick("√", "\\sqrt{", "sqrt(") + (style == Style.UNICODE
          ? print(p.base(), ATOM) : print(p.base(), 0)) + pick("", "}", ")");
    }
    if (x instanceof Num n && n.signum() < 0) {
      return style == Style.LATEX ? "\\frac{1}{" + print(Algebra.power(p.base(), n.negate()), 0)
          + "}" : "1/" + print(Algebra.power(p.base(), n.negate()), POWER + 1);
    }
    String base = print(p.base(), POWER + 1);
    if (style == Style.UNICODE && x instanceof Num n && n.isInteger() && n.signum() > 0
        && n.num().bitLength() < 30) {
      return base + PrintedNumbers.superscript(n.num().toString());
    }
    return switch (style) {
      case LATEX -> "{" + base + "}^{" + print(x, 0) + "}";
      default -> base + "^" + print(x, POWER + 1);
    };
  }
}
