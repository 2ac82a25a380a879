package gradlab.math;

import java.util.Map;

/**
 * A name not followed by '(': a constant (pi, e, oo), a bound parameter, a symbol, or one of
 * the errors for a name that cannot stand alone (a user's function without its argument, a
 * built-in function without brackets, σ^2(z) with two readings).
 */
final class BareNames {
  private BareNames() {
  }

  /**
   * The name {@code t} (written {@code text} without its {@code primes}), the parser at the
   * token after it.
   */
  static Expression resolve(Token t, String text, int primes, TokenStream in,
      Map<String, Expression> params, Map<String, UserFunction> functions) {
    if (text.equals("pi") || text.equals("Pi")) {
      return Const.PI;
    }
    if ((text.equals("sigma") || text.equals("σ")) && (in.peek().is("^") && in.peek(2).is("(")
        || in.peek().kind() == Token.Kind.SUPERSCRIPT && in.peek(1).is("("))) {
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
    Token after = in.peek();
    if ((Catalogue.function(text).isPresent() && !Greek.LETTERS.containsKey(text)
        && !text.equals("sigma") && !text.equals("σ"))
        || (primes == 0 && text.length() > 1 && Catalogue.command(text).isPresent()
        && (after.kind() == Token.Kind.NAME || after.kind() == Token.Kind.NUMBER))) {
      // sin x, sqrt x: never the product sin·x
      throw new ParseException(text + " is a function and needs brackets", t.position(),
          ExtremumHints.bareHint(text) != null ? ExtremumHints.bareHint(text)
          : "write " + text + "(x)" + (after.is("^") ? "^2 for a power of it" : ""));
    }
    return new Sym(t.text());
  }
}
