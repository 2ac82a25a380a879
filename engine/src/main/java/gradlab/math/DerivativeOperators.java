package gradlab.math;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The derivative operators a person types, each read as {@code diff(f, x)}: Leibniz's
 * {@code d/dx f}, and with ∂ (the first Unicode a student types, a syntax error before)
 * {@code ∂/∂x f}, {@code ∂f/∂x}, {@code ∂σ(z)/∂z}, {@code ∂(x²)/∂x}. After {@code d/dx} or
 * {@code ∂/∂x} the operator takes the product that follows; followed by a sum it is an error,
 * since which terms it takes is then a matter of convention. In {@code ∂f/∂x} f is one operand
 * (a name, a call or a bracket): {@code ∂x^2/∂x} is an error that asks for brackets.
 */
final class DerivativeOperators {
  private final TokenStream in;
  private final Map<String, Expression> params;
  private final Supplier<Expression> product;
  private final Supplier<Expression> operand;

  /** Operators at {@code in}'s place; {@code product} and {@code operand} parse what follows. */
  DerivativeOperators(TokenStream in, Map<String, Expression> params,
      Supplier<Expression> product, Supplier<Expression> operand) {
    this.in = in;
    this.params = params;
    this.product = product;
    this.operand = operand;
  }

  /** d / dNAME followed by an operand: the operator d/dx, not the product d·1/dx. */
  boolean isLeibniz(Token t) {
    Token slash = in.peek();
    Token dx = in.peek(1);
    Token next = in.peek(2);
    return t.text().equals("d") && slash.is("/") && dx.kind() == Token.Kind.NAME
        && dx.text().matches("d\\p{L}[\\p{L}\\d]*") && !dx.text().endsWith("'")
        && (next.kind() == Token.Kind.NAME || next.kind() == Token.Kind.NUMBER
        || next.is("(") || next.is("√") || next.is("∂"));
  }

  /**
   * d f / dNAME with f a bracket or a call, {@code d tanh(x)/dx} or {@code d(x^2)/dx}, where
   * NAME occurs in f: Leibniz's quotient form of a written expression. It was read as the
   * product d·tanh(x)/dx, and the step was "not checked: d, dx are not defined".
   */
  boolean isLeibnizQuotient(Token t) {
    if (!t.text().equals("d")) {
      return false;
    }
    int k = in.peek().is("(") ? 0 : in.peek().kind() == Token.Kind.NAME && in.peek(1).is("(")
        ? 1 : -1;
    if (k < 0) {
      return false;
    }
    java.util.Set<String> inside = new java.util.HashSet<>();
    int depth = 0;
    do {
      Token u = in.peek(k);
      if (u.kind() == Token.Kind.END) {
        return false;
      }
      depth += u.is("(") ? 1 : u.is(")") ? -1 : 0;
      if (u.kind() == Token.Kind.NAME) {
        inside.add(u.text());
      }
      k++;
    } while (depth > 0);
    Token dx = in.peek(k + 1);
    return in.peek(k).is("/") && dx.kind() == Token.Kind.NAME
        && dx.text().matches("d\\p{L}[\\p{L}\\d]*") && inside.contains(dx.text().substring(1))
        && !in.peek(k + 2).is("(") && in.peek(k + 2).kind() != Token.Kind.NAME
        && in.peek(k + 2).kind() != Token.Kind.NUMBER;
  }

  /** diff(f, x) for d f/dx ({@link #isLeibnizQuotient}), the {@code d} already read. */
  Expression leibnizQuotient() {
    Expression f = operand.get();
    in.next();
    return diff(f, in.next().text().substring(1), 1);
  }

  /** diff(f, x) for d/dx f, the {@code d} already read. */
  Expression leibniz(Token d) {
    in.next();
    String v = in.next().text().substring(1);
    return applied(d, "d/d" + v, v, 1);
  }

  /** diff(f, x) for ∂/∂x f or ∂f/∂x (∂²f/∂x² of order 2), the first ∂ already read. */
  Expression partial(Token first) {
    int order = 1;
    if (in.peek().kind() == Token.Kind.SUPERSCRIPT) {
      order = Integer.parseInt(in.next().text());
    }
    if (in.peek().is("/")) {
      in.next();
      String v = variable(order);
      return applied(first, "∂/∂" + v, v, order);
    }
    Expression f = operand.get();
    if (!in.peek().is("/")) {
      throw new ParseException("∂ without its /∂x", in.peek().position(),
          "write ∂f/∂x, ∂/∂x (…) or diff(f, x); brackets around a power: ∂(x^2)/∂x");
    }
    in.next();
    return diff(f, variable(order), order);
  }

  private Expression applied(Token op, String shown, String v, int order) {
    Expression f = product.get();
    if (in.peek().is("+") || in.peek().is("-")) {
      throw new ParseException(shown + " followed by a sum: which terms it takes is not said",
          op.position(), "write " + shown + " (…) with brackets around what is "
          + "differentiated, or diff(f, " + v + ")");
    }
    return diff(f, v, order);
  }

  /** The x of a denominator ∂x (∂x² for the second derivative). */
  private String variable(int order) {
    Token partial = in.next();
    Token x = in.next();
    if (!partial.is("∂") || x.kind() != Token.Kind.NAME) {
      throw new ParseException("the denominator of ∂…/∂x must be ∂ and a name",
          partial.position(), "write ∂f/∂x or diff(f, x)");
    }
    int below = in.peek().kind() == Token.Kind.SUPERSCRIPT
        ? Integer.parseInt(in.next().text()) : 1;
    if (below != order || in.peek().is("^") || in.peek().is("∂")) {
      throw new ParseException("the orders of ∂ above and below do not match, or a mixed "
          + "derivative", x.position(), "write diff(f, {" + x.text() + ", 2}) for ∂²f/∂"
          + x.text() + "², diff(f, x, y) for a mixed one");
    }
    return x.text();
  }

  private Expression diff(Expression f, String v, int order) {
    Expression x = params.getOrDefault(v, new Sym(v));
    return new Command("diff", List.of(f, order == 1 ? x
        : new ExprList(List.of(x, Num.of(order)))));
  }
}
