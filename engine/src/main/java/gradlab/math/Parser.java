package gradlab.math;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The friendly language, by recursive descent (grammar and precedence in docs/language.md):
 * <pre>
 * statement := NAME (':=' | '=') expr | NAME '(' NAME (',' NAME)* ')' (':=' | '=') expr | expr
 * expr      := rule ('/.' rule)*
 * rule      := relation ('->' rule)?
 * relation  := sum (('==' | '!=' | '&lt;' | '&lt;=' | '&gt;' | '&gt;=') sum)?
 * sum       := product (('+' | '-') product)*
 * product   := unary (('*' | '/') unary | implicit unary)*
 * unary     := ('-' | '+') unary | power
 * power     := postfix ('^' unary)?
 * postfix   := primary SUPERSCRIPT*
 * primary   := NUMBER | NAME | NAME PRIMES? '(' args ')' | '(' expr ')' | '{' args '}'
 *            | '[' args ']' | '√' postfix | 'd' '/' 'd'NAME product
 *            | '∂' '/' '∂' NAME product | '∂' postfix '/' '∂' NAME
 * </pre>
 * A '[' in an operand's place opens a list, as Python's does ({@code [x, y]}, {@code [[1, 2],
 * [3, 4]]}); after a name or a bracket it is Symja's call or indexing syntax, an error. Inside the
 * arguments of solve, '=' is the equation '==' (nothing else can be meant there). {@code d/dx f},
 * {@code ∂/∂x f} and {@code ∂f/∂x} are diff(f, x) ({@link DerivativeOperators}).
 * Numbers with a point are approximate, others exact. Unknown functions are errors with
 * suggestions; a call of a {@link UserFunction} the caller passes is replaced by its body.
 * Not thread-safe; one instance per input.
 */
public final class Parser {
  private final TokenStream in;
  private final Map<String, UserFunction> functions;
  private final Map<String, Expression> params;
  private final String defining;
  /** How many solve(…) argument lists the parser is inside: there, '=' is an equation. */
  private int equationArgs;
  /** How many subs(…) argument lists the parser is inside: there, x = 2 is the rule x → 2. */
  private int ruleArgs;

  /**
   * A parser at {@code in}'s place, the user's {@code functions} callable, the {@code params}
   * of the function being {@code defining} (null for none) bound.
   */
  Parser(TokenStream in, Map<String, UserFunction> functions, Map<String, Expression> params,
      String defining) {
    this.in = in;
    this.functions = functions;
    this.params = params;
    this.defining = defining;
  }

  /** Parses one expression. */
  public static Expression parse(String input) {
    return parse(input, Map.of());
  }

  /** Parses one expression in which the user's {@code functions} may be called. */
  public static Expression parse(String input, Map<String, UserFunction> functions) {
    return new Parser(new TokenStream(input), functions, Map.of(), null).whole();
  }

  /** Parses a definition {@code name = expr} (or {@code :=}) or an expression. */
  public static Statement statement(String input) {
    return statement(input, Map.of());
  }

  /**
   * Parses a definition {@code name = expr}, a function definition {@code f(x, y) = expr} (or
   * {@code :=}) or an expression, in which the user's {@code functions} may be called.
   */
  public static Statement statement(String input, Map<String, UserFunction> functions) {
    return Statements.read(input, functions);
  }

  /** The expression from here to the end of the input, nothing after it. */
  Expression whole() {
    Expression e = expr();
    in.expectEnd();
    return e;
  }

  private Token peek() {
    return in.peek();
  }

  private Token peek(int ahead) {
    return in.peek(ahead);
  }

  private Token next() {
    return in.next();
  }

  private Expression expr() {
    Expression e = rule();
    while (peek().is("/.")) {
      next();
      e = new Command("subs", List.of(e, rule()));
    }
    return e;
  }

  private Expression rule() {
    Expression lhs = relation();
    if (peek().is("->")) {
      next();
      return new Relation(Relation.Kind.RULE, lhs, rule());
    }
    return lhs;
  }

  private Expression relation() {
    Expression lhs = sum();
    Relation.Kind kind = switch (peek().text()) {
      case "==" -> Relation.Kind.EQUAL;
      case "!=" -> Relation.Kind.NOT_EQUAL;
      case "<" -> Relation.Kind.LESS;
      case "<=" -> Relation.Kind.LESS_EQUAL;
      case ">" -> Relation.Kind.GREATER;
      case ">=" -> Relation.Kind.GREATER_EQUAL;
      default -> null;
    };
    if (equationArgs > 0 && peek().is("=")) {
      next();
      return new Relation(Relation.Kind.EQUAL, lhs, sum());
    }
    if (ruleArgs > 0 && peek().is("=") && lhs instanceof Sym) {
      next(); // subs(f, x = 2), as SymPy's subs and many people write it: the rule x → 2
      return new Relation(Relation.Kind.RULE, lhs, sum());
    }
    if (kind == null || peek().kind() != Token.Kind.OPERATOR) {
      if (peek().is("=")) {
        Brackets.refuseUnclosed(in.input(), peek().position());
        Token before = in.behind(2);
        boolean atPoint = lhs instanceof Product && before.kind() == Token.Kind.NAME
            && List.of("at", "where", "for", "with").contains(before.text());
        throw new ParseException("'=' inside an expression", peek().position(), atPoint
            ? "to evaluate at a point write f /. x -> 3, or subs(f, x = 3)"
            : "use == for an equation; name = expr defines a name only at the start of a line");
      }
      return lhs;
    }
    next();
    return new Relation(kind, lhs, sum());
  }

  private Expression sum() {
    List<Expression> terms = new ArrayList<>();
    terms.add(product());
    while (peek().is("+") || peek().is("-")) {
      boolean minus = next().is("-");
      Expression t = product();
      terms.add(minus ? Algebra.negate(t) : t);
    }
    return terms.size() == 1 ? terms.get(0) : Algebra.sum(terms);
  }

  private Expression product() {
    Expression e = unary();
    while (true) {
      Token t = peek();
      if (t.is("*")) {
        next();
        e = Algebra.product(e, unary());
      } else if (t.is("/")) {
        next();
        Expression d = unary();
        if (d instanceof Num n && n.isZero()) {
          throw new ParseException("division by zero", t.position(), "the divisor is 0");
        }
        e = Algebra.divide(e, d);
      } else if (t.kind() == Token.Kind.NUMBER || t.kind() == Token.Kind.NAME || t.is("(")
          || t.is("√")) {
        e = Algebra.product(e, power());
      } else {
        return e;
      }
    }
  }

  private Expression unary() {
    if (peek().is("-")) {
      next();
      return Algebra.negate(unary());
    }
    if (peek().is("+")) {
      next();
      return unary();
    }
    return power();
  }

  private Expression power() {
    Expression base = postfix();
    if (peek().is("^") && peek(1).kind() == Token.Kind.NAME
        && TransposeSigns.SIGNS.contains(peek(1).text())
        && (peek(2).kind() == Token.Kind.NAME || peek(2).is("("))) {
      // x^T W x: a transpose, which a power x^T times W would silently misread
      throw new ParseException("x^T followed by a factor reads as a power times it, not as a "
          + "transpose", peek().position(), "write transpose(W) for a matrix's transpose and "
          + "dot(x, dot(W, x)) for x^T W x; or write the components out (x1*w11*x1 + …)");
    }
    if (peek().is("^")) {
      boolean braced = peek(1).is("{"); // x^{3} of LaTeX: a group (it printed the list {x³})
      Expression exponent = next() == null ? null : unary();
      return Algebra.power(base, braced && exponent instanceof ExprList l && l.items().size() == 1
          ? l.items().get(0) : exponent);
    }
    return base;
  }

  private Expression postfix() {
    Expression e = primary();
    while (peek().kind() == Token.Kind.SUPERSCRIPT) {
      Token t = next();
      e = Algebra.power(e, Num.of(Long.parseLong(t.text())));
    }
    return e;
  }

  private Expression primary() {
    Token t = next();
    switch (t.kind()) {
      case NUMBER -> {
        return NumberLiterals.of(t);
      }
      case NAME -> {
        return operators().isLeibniz(t) ? operators().leibniz(t)
            : operators().isLeibnizQuotient(t) ? operators().leibnizQuotient() : name(t);
      }
      case END -> throw new ParseException("unexpected end of input", t.position(),
          "an operand is missing");
      default -> { }
    }
    if (t.is("(")) {
      Expression e = expr();
      in.expect(")", t);
      return e;
    }
    if (t.is("{")) {
      return new ExprList(args("}", t));
    }
    if (t.is("∂")) {
      return operators().partial(t);
    }
    if (t.is("√")) {
      return Algebra.power(postfix(), Num.of(1, 2));
    }
    if (t.is("[")) { // in an operand's place: a list, as in Python
      return new ExprList(args("]", t));
    }
    throw new ParseException("unexpected '" + t.text() + "'", t.position(),
        Brackets.hint(in.input(), "an operand is missing next to an operator"));
  }

  private DerivativeOperators operators() {
    return new DerivativeOperators(in, params, this::product, this::postfix);
  }

  private List<Expression> args(String close, Token opener) {
    List<Expression> out = new ArrayList<>();
    if (peek().is(close)) {
      next();
      return out;
    }
    out.add(expr());
    while (peek().is(",")) {
      next();
      out.add(expr());
    }
    in.expect(close, opener);
    return out;
  }

  private Expression name(Token t) {
    String text = t.text();
    int primes = 0;
    while (text.endsWith("'")) {
      text = text.substring(0, text.length() - 1);
      primes++;
    }
    if (!peek().is("(")) {
      return BareNames.resolve(t, text, primes, in, params, functions);
    }
    Token open = next();
    boolean equations = primes == 0 && Catalogue.command(text).filter(c -> c.equals("solve")
        || c.equals("Reduce") || c.equals("FindRoot")).isPresent();
    boolean rules = primes == 0 && Catalogue.command(text).filter(c -> c.equals("subs"))
        .isPresent();
    equationArgs += equations ? 1 : 0;
    ruleArgs += rules ? 1 : 0;
    List<Expression> args;
    try {
      args = args(")", open);
    } finally {
      equationArgs -= equations ? 1 : 0;
      ruleArgs -= rules ? 1 : 0;
    }
    return CallResolution.resolve(t, text, primes, args, peek(), defining, functions);
  }
}
