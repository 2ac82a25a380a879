package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A step that names the argument of a function, {@code a(h_in) = a(x w + b)}: h_in is x w + b.
 * Only where the right side is that one call: "Var(y) = Var(w1*x1) + Var(w2*x2)" had been read
 * as the definition y = w1*x1) + Var(w2*x2, "definition not understood" (a student's variance
 * of a neuron, user30).
 */
final class ArgumentNames {
  private static final Pattern APPLIED = Pattern.compile("(\\w+)\\((\\w+)\\)");
  private static final Pattern NAME = EngineNames.NAME;

  private ArgumentNames() {}

  /** Whether {@code lhs = rhs} is f(name) = f(expression) with that name not yet given. */
  static boolean named(DocumentRun run, String lhs, String rhs) {
    Matcher a = APPLIED.matcher(lhs.replace(" ", ""));
    String r = rhs.replace(" ", "");
    if (!a.matches() || !r.startsWith(a.group(1) + "(") || APPLIED.matcher(r).matches()
        || !NAME.matcher(a.group(2)).matches() || run.ctx.defines(a.group(2))
        || run.ctx.point().containsKey(a.group(2))) {
      return false;
    }
    return TopLevel.closing(r, a.group(1).length()) == r.length() - 1; // one call, whole side
  }
}
