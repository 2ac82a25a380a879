package gradlab.math;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The statement level of the language: {@code name = expr} (or {@code :=}), a function
 * definition {@code f(x, y) = expr} whose parameters are bound in its body, or an expression.
 * The expression itself is {@link Parser}'s.
 */
final class Statements {
  private Statements() {
  }

  static Statement read(String input, Map<String, UserFunction> functions) {
    TokenStream in = new TokenStream(input);
    if (in.peek().kind() == Token.Kind.NAME && (in.peek(1).is("=") || in.peek(1).is(":="))) {
      Token name = in.next();
      in.next();
      CallForms.refuseBuiltIn(name, "name");
      return new Statement(name.text(), new Parser(in, functions, Map.of(), null).whole());
    }
    List<Token> heads = functionHead(in);
    if (heads == null) {
      return new Statement(null, new Parser(in, functions, Map.of(), null).whole());
    }
    Token name = heads.get(0);
    CallForms.refuseBuiltIn(name, "function");
    List<String> names = new ArrayList<>();
    Map<String, Expression> bound = new HashMap<>();
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
    Expression body = new Parser(in, functions, bound, name.text()).whole();
    return new Statement(name.text(), names, body);
  }

  /** NAME '(' NAME (',' NAME)* ')' ('=' | ':='): the name and parameters, else null. */
  private static List<Token> functionHead(TokenStream in) {
    if (in.peek().kind() != Token.Kind.NAME || !in.peek(1).is("(")) {
      return null;
    }
    List<Token> out = new ArrayList<>(List.of(in.peek()));
    int k = 2;
    while (in.peek(k).kind() == Token.Kind.NAME && !in.peek(k).text().endsWith("'")) {
      out.add(in.peek(k));
      if (in.peek(k + 1).is(")")) {
        if (in.peek(k + 2).is("=") || in.peek(k + 2).is(":=")) {
          in.skip(k + 3);
          return out;
        }
        return null;
      }
      if (!in.peek(k + 1).is(",")) {
        return null;
      }
      k += 2;
    }
    return null;
  }
}
