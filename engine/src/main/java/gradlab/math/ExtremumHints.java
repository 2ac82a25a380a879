package gradlab.math;

import java.util.List;
import java.util.Set;

/**
 * A student asking for the maximum of a function types {@code max(g'(z))} or {@code max of
 * g'(z)}: the console said "max takes 2 arguments, got 1 — check the commas inside max(…)" and
 * "write max(x)", neither of which leads to the answer (user42). max and min of the language are
 * the larger and smaller of two numbers; these hints name {@code maximize(…, z)} and
 * {@code minimize(…, z)}, which give a function's extremum and where it is attained.
 */
final class ExtremumHints {
  private ExtremumHints() {}

  /** Refuses max(e) or min(e) of one argument, naming maximize/minimize over its variable. */
  static void oneArgumentRefused(MathFunction f, List<Expression> args, Token t) {
    if ((f != MathFunction.MAX && f != MathFunction.MIN) || args.size() != 1) {
      return;
    }
    Set<String> free = Symbols.of(args.get(0));
    String variable = free.size() == 1 ? free.iterator().next() : "z";
    throw new ParseException(f.inputName() + "(a, b) is the " + (f == MathFunction.MAX
        ? "larger" : "smaller") + " of two numbers; one argument was given", t.position(),
        "for the " + (f == MathFunction.MAX ? "largest" : "smallest") + " value of an "
        + "expression over " + variable + " write " + command(f) + "(…, " + variable + ")");
  }

  /** The hint for max or min typed without brackets; null for any other name. */
  static String bareHint(String name) {
    if (!name.equals("max") && !name.equals("min")) {
      return null;
    }
    String command = name.equals("max") ? "maximize" : "minimize";
    return command + "(f(z), z) for a function's " + (name.equals("max") ? "largest"
        : "smallest") + " value over z; " + name + "(a, b) for the " + (name.equals("max")
        ? "larger" : "smaller") + " of two numbers";
  }

  private static String command(MathFunction f) {
    return f == MathFunction.MAX ? "maximize" : "minimize";
  }
}
