package gradlab.math;

import java.util.List;

/**
 * The parser's checks of a call and of a name being defined: arity, built-in names, forms that
 * other tools read another way (log(x, b), round(x, a), sum over w_i), what other tools call a
 * command here, and the application of a catalogue function or a user's function. Static; the
 * parser's state stays in {@link Parser}.
 */
final class CallForms {
  private CallForms() {}

  static boolean isBuiltInName(String text) {
    return Catalogue.function(text).isPresent() || Catalogue.command(text).isPresent()
        || text.equals("pi") || text.equals("E") || text.equals("e")
        // read as π, e and ∞ wherever they stand (BareNames): Pi = … was kept and never used,
        // so diff(Pi, b) after Pi = (σ(z) − y)²/2 was 0 (user23's names)
        || text.equals("Pi") || text.equals("ℯ") || text.equals("oo") || text.equals("inf");
  }

  static void refuseBuiltIn(Token name, String what) {
    if (name.text().endsWith("'")) { // tanh'(x) = 1 + tanh(x)^2 was kept and never used
      String f = name.text().replaceAll("'+$", "");
      throw new ParseException(name.text().replace("'", "′") + " cannot be defined: it is the "
          + "derivative of " + f, name.position(), "to test a formula for it write "
          + "simplify(" + f + "'(x) - (…)), which gives 0 when they agree" + (isBuiltInName(f)
          ? "" : "; define " + f + " itself to change it"));
    }
    if (isBuiltInName(name.text())) {
      throw new ParseException("cannot redefine the built-in name '" + name.text() + "'",
          name.position(), Catalogue.function(name.text()).map(f -> name.text() + " is "
          + f.doc() + "; ").orElse("") + "choose another " + (what.equals("name") ? "name"
          : what + " name"));
    }
  }

  /** Names other tools use for what the language calls otherwise, with what to write here. */
  static final java.util.Map<String, String> OTHER_TOOLS_NAMES = java.util.Map.ofEntries(
      java.util.Map.entry("plot", "plotting is a console command: :plot sin(x), x, -3, 3 (or "
          + "plot(…) in Java)"),
      java.util.Map.entry("taylor", "write series(f, x, x0, n)"),
      java.util.Map.entry("grad", "write gradient(f, {x, y})"),
      java.util.Map.entry("derivative", "write diff(f, x)"),
      java.util.Map.entry("integral", "write integrate(f, x) or integrate(f, {x, a, b})"),
      java.util.Map.entry("help", "type :help in the console, or ?name for one function"),
      java.util.Map.entry("swish", "Swish (SiLU) is not in the catalogue: write x*sigma(x), or "
          + "x*sigma(b*x) with β"),
      java.util.Map.entry("silu", "SiLU (Swish) is not in the catalogue: write x*sigma(x)"),
      java.util.Map.entry("w", "Lambert's W (printed W(…)) is written lambertw(…); for a product "
          + "write W*(…)"),
      // Cov(X, Y) was "did you mean cos?" (user37): a covariance, not a typo
      java.util.Map.entry("cov", CallForms.MOMENTS),
      java.util.Map.entry("var", CallForms.MOMENTS));

  /**
   * The hint for Var(…) and Cov(…): moments of random variables, not functions of numbers. It
   * said a derivation check reads Var only in Markdown, stale since plain text reads it too
   * (PlainMoments, the twenty-fifth round).
   */
  static final String MOMENTS = "Var(…) and Cov(…) of random variables are not functions of "
      + "the math language; a derivation check (./gradlab check FILE) reads them, in a Markdown "
      + "text between $$ … $$ or in a plain-text line";

  /**
   * sum(w_i*x_i, i, 1, 3): w_i is one name, not w indexed by i, so the sum would be 3·w_i·x_i;
   * refused with what to write instead.
   */
  static void indexedNamesRefused(Token t, List<Expression> args) {
    Expression index = args.get(1) instanceof ExprList l && !l.items().isEmpty()
        ? l.items().get(0) : args.get(1);
    if (!(index instanceof Sym i)) {
      return;
    }
    for (String name : Symbols.of(args.get(0))) {
      int bar = name.indexOf('_');
      if (bar > 0 && name.substring(bar + 1).replaceAll("[{}]", "").contains(i.name())) {
        throw new ParseException(name + " is one name here, not " + name.substring(0, bar)
            + " indexed by " + i.name(), t.position(), "the language has no indexed "
            + "families: write the terms out, e.g. w1*x1 + w2*x2 + w3*x3");
      }
    }
  }

  static void checkArity(Token t, String name, List<Expression> args, int min, int max) {
    if (args.size() < min || args.size() > max) {
      String expected = min == max ? String.valueOf(min) : min + " or " + max;
      throw new ParseException(name + " takes " + expected + " argument" + (max == 1 ? "" : "s")
          + ", got " + args.size(), t.position(), "check the commas inside " + name + "(…)");
    }
  }

  static Expression call(UserFunction f, int primes, List<Expression> args, Token t) {
    checkArity(t, f.name(), args, f.params().size(), f.params().size());
    if (primes == 0) {
      return f.apply(args);
    }
    if (args.size() != 1) {
      throw new ParseException(f.name() + "′ needs a function of one argument", t.position(),
          "use diff(" + f.head() + ", " + f.params().get(0) + ") for a partial derivative");
    }
    return f.derivative(primes, args.get(0));
  }

  static Expression apply(MathFunction f, int primes, List<Expression> args, Token t) {
    if (f == MathFunction.LOG && args.size() == 2) {
      throw new ParseException("log takes one argument: log(x) is the natural logarithm",
          t.position(), "log(x)/log(b) is the logarithm to base b (Mathematica's Log[b, x] and "
          + "SymPy's log(x, b) put b in different places)");
    }
    ExtremumHints.oneArgumentRefused(f, args, t); // max(g'(z)): maximize(…, z)
    checkArity(t, f.inputName(), args, f.minArity(), f.maxArity());
    if (primes == 0) {
      return Algebra.call(f, 0, args);
    }
    if (args.size() != 1) {
      throw new ParseException(f.inputName() + "′ needs one argument", t.position(),
          "use diff(…) for partial derivatives");
    }
    if (DerivativeRules.keepsNamedDerivative(f)) {
      return Algebra.call(f, primes, args);
    }
    return Differentiation.explicitNth(f, primes, args.get(0));
  }

  /** round/floor/ceiling(x, a): a multiple of a (Mathematica) or a digits (Python). */
  static void refuseTwoReadings(Token t, String text, String command, List<Expression> args) {
    if (args.size() == 2 && (command.equals("Round") || command.equals("Floor")
        || command.equals("Ceiling"))) {
      throw new ParseException(text + "(x, a) has two meanings: the nearest multiple of a "
          + "(Mathematica) or a digits (Python)", t.position(), "N(x, digits) for digits, "
          + "a*" + text + "(x/a) for a multiple of a");
    }
  }
}
