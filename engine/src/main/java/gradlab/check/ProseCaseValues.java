package gradlab.check;

import gradlab.symbolic.FunctionRule;
import java.util.regex.Pattern;

/**
 * One function given constant values at two different argument names in one sentence: Szegedy
 * et al.'s "a single ground-truth label $y$, so that $q(y) = 1$ and $q(k) = 0$ for all $k \neq
 * y$". They are cases in prose, a value at y and one at every other k. Read first as the
 * constant function q ≡ 1, the second was refuted (q(k) = 1 ≠ 0) in a correct file. The second
 * value is listed as a case, and q is no longer the constant function: its later uses are not
 * read against either value. Stateless.
 */
final class ProseCaseValues {
  static final String NOTE = "a value at another argument: with the one before it, cases in "
      + "prose (not one formula for the function)";
  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private ProseCaseValues() {}

  /** Lists the second value as a case and returns true, or returns false. */
  static boolean readInPlace(DocumentRun run, int line, String statement, FunctionHeads.Head fn,
      String value) {
    if (fn == null || value == null || fn.parameters().size() != 1
        || !NAME.matcher(fn.parameters().get(0)).matches()) {
      return false;
    }
    String arg = fn.parameters().get(0);
    FunctionRule rule = run.ctx.functionRules().stream().filter(r -> r.name().equals(fn.name()))
        .reduce((x, y) -> y).orElse(null);
    if (rule == null || rule.parameters().size() != 1 || rule.parameters().get(0).equals(arg)
        || !rule.body().isFreeOf(rule.parameters().get(0)) || !constant(run, value, arg)) {
      return false;
    }
    boolean definedHere = run.out.stream().anyMatch(s -> s.line() == line
        && "function definition".equals(s.note()));
    int open = statement.indexOf('(');
    String head = open > 0 ? statement.substring(0, open).strip() : "";
    if (!definedHere || head.isEmpty()
        || !SentenceScope.lastSentence(run.paragraph()).contains(head + "(")) {
      return false;
    }
    run.ctx = run.ctx.withoutFunction(fn.name());
    run.functions.remove(fn.name());
    run.unaryFunctions.remove(fn.name());
    run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, NOTE));
    return true;
  }

  private static boolean constant(DocumentRun run, String value, String arg) {
    try {
      return run.engine.eval(value).isFreeOf(arg);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
