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
      return command(t, text, command.get(), args, after);
    }
    List<String> near = Catalogue.suggestions(text);
    String meant = CallForms.OTHER_TOOLS_NAMES.get(text.toLowerCase(Locale.ROOT));
    throw new ParseException("unknown function '" + text + "'", t.position(),
        meant != null ? meant : near.isEmpty() ? (text.length() == 1 ? "for a product write "
            + text + "*(…); " : "") + "docs/language.md lists the functions"
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
        && l.items().stream().noneMatch(x -> x instanceof ExprList)) {
      return Algebra.sum(l.items()); // sum([1, 2, 3]), as in Python; a matrix is refused later
    }
    return new Command(command, args);
  }
}
