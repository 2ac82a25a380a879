package gradlab.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A quantity defined through its logarithm, Goodfellow's {@code \log \tilde{P}(y) = yz} and the
 * maximum-likelihood {@code \log p(y \mid x; w) = -\frac{1}{2}\log(2\pi s^2) - …}: the name
 * inside the log, undefined so far, is defined as e to the right side. Before, the name stayed
 * free, and ∂/∂w log p(y | x; w) was 0 (a true step refuted; found by a lecturer tester).
 */
final class LogDefinitions {
  private static final Pattern LOG_OF_NAME = Pattern.compile("\\s*(?i:log|ln)\\(\\s*([A-Za-z]\\w*)"
      + "\\s*\\)\\s*");

  private LogDefinitions() {}

  /** Defines the name and returns true, or returns false for any other chain. */
  static boolean defineInPlace(DocumentRun run, int line, Relation rel0, List<String> raw,
      List<String> terms) {
    if (rel0 != Relation.EQUAL || terms.get(0) == null || terms.get(1) == null) {
      return false;
    }
    Matcher m = LOG_OF_NAME.matcher(terms.get(0));
    if (!m.matches()) {
      return false;
    }
    String name = m.group(1);
    if (run.ctx.defines(name) || run.functions.contains(name)
        || run.ctx.point().containsKey(name)) {
      return false;
    }
    try {
      java.util.Set<String> free = run.engine.freeSymbols(run.engine.eval(terms.get(1)));
      if (free.contains(name)) {
        return false;
      }
      if (free.stream().anyMatch(run.ctx::defines)) { // y = w x + ε, then log p(y | x; w) =
        run.untaken.markInPlace(run, name, line); // …(y − w x)…: is y held fixed? p not free
        return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
    run.steps.define(line, name, raw.get(0), raw.get(1), "exp(" + terms.get(1) + ")");
    return run.ctx.defines(name);
  }
}
