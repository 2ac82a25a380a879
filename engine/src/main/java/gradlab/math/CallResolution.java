package gradlab.math;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A call {@code name(args)} once its arguments are read: softmax and logsumexp of a list, a
 * user's function (its body), a built-in function, a command, or the error for an unknown name
 * (with suggestions) or a function defined through itself.
 */
final class CallResolution {
  private CallResolution() {
  }

  /**
   * The call of {@code t} (written {@code text} without its {@code primes}) with {@code args};
   * {@code after} the token after the call's ')'; {@code defining} the function whose body this
   * is, or null.
   */
  static Expression resolve(Token t, String text, int primes, List<Expression> args,
      Token after, String defining, Map<String, UserFunction> functions) {
    if (primes == 0) {
      Catalogue.command(text).ifPresent(c -> CallForms.refuseTwoReadings(t, text, c, args));
    }
    if (primes == 0 && (text.equals("softmax") || text.equals("logsumexp") || text.equals("LSE"))
        && args.size() == 1 && scaledList(args.get(0)) instanceof ExprList l
        && !l.items().isEmpty()) {
      Expression lse = Algebra.call(MathFunction.LOGSUMEXP, 0, l.items());
      if (!text.equals("softmax")) {
        return lse;
      }
      return new ExprList(l.items().stream().map(x -> Algebra.call(MathFunction.EXP,
          Algebra.subtract(x, lse))).toList());
    }
    if (text.equals("softmax")) {
      throw new ParseException("softmax takes one list, e.g. softmax({a, b, c})",
          t.position(), args.size() == 1 && args.get(0) instanceof Product p && p.factors()
          .stream().anyMatch(ExprList.class::isInstance) ? "a list times a name may pair items "
          + "(the name may be a list): scale each item, softmax({a/T, b/T})"
          : "softmax(list) is the list of e^xₖ/Σ e^xᵢ");
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
      return command(t, text, command.get(), args, after);
    }
    List<String> near = Catalogue.suggestions(text);
    String meant = CallForms.OTHER_TOOLS_NAMES.get(text.toLowerCase(Locale.ROOT));
    throw new ParseException("unknown function '" + text + "'", t.position(),
        meant != null ? meant : near.isEmpty() ? "to use your own, define it first: " + text
            + "(z) = …" + (text.length() == 1 ? "; for a product write " + text + "*(…)"
            : "; docs/language.md lists the functions")
            : "did you mean " + String.join(", ", near) + "?");
  }

  private static Expression command(Token t, String text, String command, List<Expression> args,
      Token after) {
    if (command.equals("sqrt")) {
      CallForms.checkArity(t, "sqrt", args, 1, 1);
      return Algebra.power(args.get(0), Num.of(1, 2));
    }
    if (after.is("(")) { // diff(x^3, x)(2): a product with (2), never a value at 2
      throw new ParseException(text + "(…)(…) would multiply by the bracket", after.position(),
          "to evaluate at a point write " + text + "(…) /. x -> 2, or subs(" + text
          + "(…), x, 2)");
    }
    if (command.equals("Sum") && args.size() > 1) {
      CallForms.indexedNamesRefused(t, args);
    }
    if (command.equals("Sum") && args.size() == 1 && args.get(0) instanceof ExprList l
        && VectorTotals.isVector(l)) {
      return VectorTotals.of(text, l); // sum([1, 2, 3]), as in Python; a matrix is refused later
    }
    return new Command(command, args);
  }

  /**
   * A list, or a list times numbers ({1, 2}/2, a softmax with a temperature) as the list of the
   * products, which is what the algebra makes of it anyway: softmax({1, 2}/2) was the error
   * "softmax takes one list" (user35). Not a list times a name, which may be a list defined in
   * the session. Else the expression itself.
   */
  private static Expression scaledList(Expression e) {
    if (!(e instanceof Product p)) {
      return e;
    }
    List<ExprList> lists = p.factors().stream().filter(ExprList.class::isInstance)
        .map(ExprList.class::cast).toList();
    if (lists.size() != 1 || lists.get(0).items().stream().anyMatch(ExprList.class::isInstance)) {
      return e;
    }
    List<Expression> scalars = p.factors().stream().filter(f -> f != lists.get(0)).toList();
    if (!scalars.stream().allMatch(CallResolution::scalar)) {
      return e;
    }
    return new ExprList(lists.get(0).items().stream().map(x -> Algebra.product(p.factors()
        .stream().map(f -> f == lists.get(0) ? x : f).toList())).toList());
  }

  /** A number: a name may be defined as a list ({1, 2}*v with v = {3, 4} pairs items). */
  private static boolean scalar(Expression e) {
    return e instanceof Num || e instanceof Real
        || e instanceof Power pw && scalar(pw.base()) && scalar(pw.exponent());
  }
}
