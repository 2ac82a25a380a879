package gradlab.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * </pre>
 * A '[' in an operand's place opens a list, as Python's does ({@code [x, y]}, {@code [[1, 2],
 * [3, 4]]}); after a name or a bracket it is Symja's call or indexing syntax, an error. Inside the
 * arguments of solve, '=' is the equation '==' (nothing else can be meant there). {@code d/dx f}
 * is diff(f, x) for the product that follows; followed by '+' or '−' it is an error, since which
 * terms d/dx takes is then a matter of convention.
 * Numbers with a point are approximate, others exact. Unknown functions are errors with
 * suggestions; a call of a {@link UserFunction} the caller passes is replaced by its body.
 * Not thread-safe; one instance per input.
 */
public final class Parser {
  private final String input;
  private final List<Token> tokens;
  private final Map<String, UserFunction> functions;
  private Map<String, Expression> params = Map.of();
  private String defining;
  private int at;
  /** How many solve(…) argument lists the parser is inside: there, '=' is an equation. */
  private int equationArgs;
  /** How many subs(…) argument lists the parser is inside: there, x = 2 is the rule x → 2. */
  private int ruleArgs;

  private Parser(String input, Map<String, UserFunction> functions) {
    this.input = input;
    this.tokens = Lexer.tokens(input);
    this.functions = functions;
  }

  /** Parses one expression. */
  public static Expression parse(String input) {
    return parse(input, Map.of());
  }

  /** Parses one expression in which the user's {@code functions} may be called. */
  public static Expression parse(String input, Map<String, UserFunction> functions) {
    Parser p = new Parser(input, functions);
    Expression e = p.expr();
    p.expectEnd();
    return e;
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
    Parser p = new Parser(input, functions);
    if (p.peek().kind() == Token.Kind.NAME && (p.peek(1).is("=") || p.peek(1).is(":="))) {
      Token name = p.next();
      p.next();
      CallForms.refuseBuiltIn(name, "name");
      Expression e = p.expr();
      p.expectEnd();
      return new Statement(name.text(), e);
    }
    List<Token> heads = p.functionHead();
    if (heads != null) {
      Token name = heads.get(0);
      CallForms.refuseBuiltIn(name, "function");
      List<String> names = new ArrayList<>();
      Map<String, Expression> bound = new java.util.HashMap<>();
      for (Token param : heads.subList(1, heads.size())) {
        // f(x_) := … as Mathematica writes it: the pattern x_ is the parameter x
        String pn = param.text().endsWith("_") ? param.text().substring(0,
            param.text().length() - 1) : param.text();
        if (bound.containsKey(pn) || CallForms.isBuiltInName(pn) || pn.isEmpty()) {
          throw new ParseException("'" + pn + "' cannot be a parameter of "
              + name.text() + (bound.containsKey(pn) ? " twice" : ": it is built in"),
              param.position(), "parameters are distinct plain names, e.g. f(x, y) = x*y");
        }
        names.add(pn);
        bound.put(pn, new Sym(UserFunction.bound(pn)));
      }
      p.params = bound;
      p.defining = name.text();
      Expression e = p.expr();
      p.expectEnd();
      return new Statement(name.text(), names, e);
    }
    Expression e = p.expr();
    p.expectEnd();
    return new Statement(null, e);
  }

  /** NAME '(' NAME (',' NAME)* ')' ('=' | ':='): the name and parameters, else null. */
  private List<Token> functionHead() {
    if (peek().kind() != Token.Kind.NAME || !peek(1).is("(")) {
      return null;
    }
    List<Token> out = new ArrayList<>(List.of(peek()));
    int k = 2;
    while (peek(k).kind() == Token.Kind.NAME && !peek(k).text().endsWith("'")) {
      out.add(peek(k));
      if (peek(k + 1).is(")")) {
        if (peek(k + 2).is("=") || peek(k + 2).is(":=")) {
          at += k + 3;
          return out;
        }
        return null;
      }
      if (!peek(k + 1).is(",")) {
        return null;
      }
      k += 2;
    }
    return null;
  }

  private Token peek() {
    return tokens.get(at);
  }

  private Token peek(int ahead) {
    return tokens.get(Math.min(at + ahead, tokens.size() - 1));
  }

  private Token next() {
    return tokens.get(at++);
  }

  private void expectEnd() {
    Token t = peek();
    if (t.is("[")) {
      next();
      brackets(t);
    }
    if (t.kind() != Token.Kind.END) {
      throw new ParseException("unexpected '" + t.text() + "'", t.position(),
          Brackets.hint(input, t.is("=") ? "use == for an equation"
              : "an operator may be missing"));
    }
  }

  private void expect(String op, Token opener) {
    Token t = peek();
    if (!t.is(op)) {
      String hint = Brackets.hint(input, "the '" + opener.text() + "' at column "
          + (opener.position() + 1) + " is not closed here; an operator or comma may be missing");
      throw new ParseException("'" + op + "' expected.", t.position(), hint);
    }
    next();
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
        Token before = tokens.get(Math.max(0, at - 2));
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
    if (peek().is("^") && peek(1).kind() == Token.Kind.NAME && (peek(1).text().equals("T")
        || peek(1).text().equals("⊤")) && (peek(2).kind() == Token.Kind.NAME || peek(2).is("("))) {
      // x^T W x: a transpose, which a power x^T times W would silently misread
      throw new ParseException("x^T followed by a factor reads as a power times it, not as a "
          + "transpose", peek().position(), "vectors and transposes are not part of the math "
          + "language: write the components out (x1*w11*x1 + …), or use tensors in Java");
    }
    if (peek().is("^")) {
      next();
      return Algebra.power(base, unary());
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
        return number(t);
      }
      case NAME -> {
        return leibnizOperator(t) ? derivative(t) : name(t);
      }
      case END -> throw new ParseException("unexpected end of input", t.position(),
          "an operand is missing");
      default -> { }
    }
    if (t.is("(")) {
      Expression e = expr();
      expect(")", t);
      return e;
    }
    if (t.is("{")) {
      return new ExprList(args("}", t));
    }
    if (t.is("√")) {
      return Algebra.power(postfix(), Num.of(1, 2));
    }
    if (t.is("[")) { // in an operand's place: a list, as in Python
      return new ExprList(args("]", t));
    }
    throw new ParseException("unexpected '" + t.text() + "'", t.position(),
        Brackets.hint(input, "an operand is missing next to an operator"));
  }

  /** d / dNAME followed by an operand: the derivative operator d/dx, not the product d·1/dx. */
  private boolean leibnizOperator(Token t) {
    Token slash = peek();
    Token dx = peek(1);
    Token operand = peek(2);
    return t.text().equals("d") && slash.is("/") && dx.kind() == Token.Kind.NAME
        && dx.text().matches("d\\p{L}[\\p{L}\\d]*") && !dx.text().endsWith("'")
        && (operand.kind() == Token.Kind.NAME || operand.kind() == Token.Kind.NUMBER
        || operand.is("(") || operand.is("√"));
  }

  /** diff(f, x) for d/dx f, f being the product that follows (see the class comment). */
  private Expression derivative(Token d) {
    next();
    String v = next().text().substring(1);
    Expression f = product();
    if (peek().is("+") || peek().is("-")) {
      throw new ParseException("d/d" + v + " followed by a sum: which terms it takes is not "
          + "said", d.position(), "write d/d" + v + " (…) with brackets around what is "
          + "differentiated, or diff(f, " + v + ")");
    }
    Expression x = params.getOrDefault(v, new Sym(v));
    return new Command("diff", List.of(f, x));
  }

  /** The error for a '[' (just read as {@code t}): Symja's call or indexing syntax. */
  private void brackets(Token t) {
    if (peek().is("[")) {
      throw new ParseException("list indexing [[…]] is not part of the language",
          t.position(), "lists hold results; write the item you need, or call functions "
          + "with round brackets: f(x)");
    }
    throw new ParseException("'[' is not part of the language", t.position(),
        "write function calls with round brackets: f(x)");
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
    expect(close, opener);
    return out;
  }

  private static Expression number(Token t) {
    String s = t.text();
    if (s.contains(".") || s.contains("e") || s.contains("E")) {
      BigDecimal d = new BigDecimal(s);
      double v = d.doubleValue();
      // 1e-400 is not 0 and 1e400 is not ∞: outside a double's range the digits are kept
      return (v == 0 && d.signum() != 0) || Double.isInfinite(v) ? Real.of(d) : new Real(v);
    }
    return new Num(new BigInteger(s), BigInteger.ONE);
  }

  private Expression name(Token t) {
    String text = t.text();
    int primes = 0;
    while (text.endsWith("'")) {
      text = text.substring(0, text.length() - 1);
      primes++;
    }
    if (!peek().is("(")) {
      if (text.equals("pi") || text.equals("Pi")) {
        return Const.PI;
      }
      if ((text.equals("sigma") || text.equals("σ")) && (peek().is("^") && peek(2).is("(")
          || peek().kind() == Token.Kind.SUPERSCRIPT && peek(1).is("("))) {
        // σ^2(z): as the sigmoid it is σ(z)², as a quantity σ²·z; neither is said, so ask
        throw new ParseException(text + "^…(…) reads as the power of a number σ times the "
            + "bracket", t.position(), "write sigma(z)^2 for the squared sigmoid, or "
            + "sigma^2*z for a product");
      }
      if (primes == 0 && (text.equals("oo") || text.equals("inf"))) {
        return new Sym("infinity"); // SymPy's oo, numpy's inf
      }
      Expression param = params.get(t.text());
      if (param != null) {
        return param;
      }
      UserFunction named = functions.get(text);
      if (named != null) { // diff(f, x) of a function f(x) = …: never the free symbol f
        String p = named.params().get(0);
        throw new ParseException(text + " is a function: write " + named.head()
            + " for its value", t.position(), "diff(" + named.head() + ", " + p + ")"
            + (named.params().size() == 1 ? " or " + text + "'(" + p + ")" : "")
            + " for its derivative");
      }
      if (primes == 0 && (text.equals("E") || text.equals("e") || text.equals("ℯ"))) {
        return Const.E;
      }
      if ((Catalogue.function(text).isPresent() && !Greek.LETTERS.containsKey(text)
          && !text.equals("sigma") && !text.equals("σ"))
          || (primes == 0 && text.length() > 1 && Catalogue.command(text).isPresent()
          && (peek().kind() == Token.Kind.NAME || peek().kind() == Token.Kind.NUMBER))) {
        // sin x, sqrt x: never the product sin·x
        throw new ParseException(text + " is a function and needs brackets", t.position(),
            "write " + text + "(x)" + (peek().is("^") ? "^2 for a power of it" : ""));
      }
      return new Sym(t.text());
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
    if (primes == 0) {
      String written = text;
      Catalogue.command(text).ifPresent(c -> CallForms.refuseTwoReadings(t, written, c, args));
    }
    if (primes == 0 && (text.equals("softmax") || text.equals("logsumexp") || text.equals("LSE"))
        && args.size() == 1 && args.get(0) instanceof ExprList l && !l.items().isEmpty()) {
      Expression lse = Algebra.call(MathFunction.LOGSUMEXP, 0, l.items());
      if (!text.equals("softmax")) {
        return lse;
      }
      return new ExprList(l.items().stream().map(x -> Algebra.call(MathFunction.EXP,
          Algebra.subtract(x, lse))).toList());
    }
    if (text.equals("softmax")) {
      throw new ParseException("softmax takes one list, e.g. softmax({a, b, c})",
          t.position(), "softmax(list) is the list of e^xₖ/Σ e^xᵢ");
    }
    if (text.equals(defining)) {
      throw new ParseException(text + " cannot be defined through itself", t.position(),
          "a function's body may use other functions, not " + text);
    }
    UserFunction user = functions.get(text);
    if (user != null) {
      return CallForms.call(user, primes, args, t);
    }
    Optional<MathFunction> f = Catalogue.function(text);
    if (f.isPresent()) {
      return CallForms.apply(f.get(), primes, args, t);
    }
    Optional<String> command = Catalogue.command(text);
    if (command.isPresent() && primes == 0) {
      if (command.get().equals("sqrt")) {
        CallForms.checkArity(t, "sqrt", args, 1, 1);
        return Algebra.power(args.get(0), Num.of(1, 2));
      }
      if (peek().is("(")) { // diff(x^3, x)(2): a product with (2), never a value at 2
        throw new ParseException(text + "(…)(…) would multiply by the bracket", peek().position(),
            "to evaluate at a point write " + text + "(…) /. x -> 2, or subs(" + text
            + "(…), x, 2)");
      }
      if (command.get().equals("Sum") && args.size() > 1) {
        CallForms.indexedNamesRefused(t, args);
      }
      if (command.get().equals("Sum") && args.size() == 1 && args.get(0) instanceof ExprList l) {
        return Algebra.sum(l.items()); // sum([1, 2, 3]), as in Python
      }
      return new Command(command.get(), args);
    }
    List<String> near = Catalogue.suggestions(text);
    String meant = CallForms.OTHER_TOOLS_NAMES.get(text.toLowerCase(java.util.Locale.ROOT));
    throw new ParseException("unknown function '" + text + "'", t.position(),
        meant != null ? meant : near.isEmpty() ? (text.length() == 1 ? "for a product write " + text + "*(…); " : "")
            + "docs/language.md lists the functions"
            : "did you mean " + String.join(", ", near) + "?");
  }
}
