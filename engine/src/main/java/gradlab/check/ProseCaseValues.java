package gradlab.check;

import gradlab.symbolic.FunctionRule;
import java.util.regex.Pattern;

/**
 * One function given constant values at two different argument names in one sentence: Szegedy
 * et al.'s "a single ground-truth label $y$, so that $q(y) = 1$ and $q(k) = 0$ for all $k \neq
 * y$". They are cases in prose, a value at y and one at every other k. Read first as the
 * constant function q ≡ 1, the second was refuted (q(k) = 1 ≠ 0) in a correct file. The second
 * value is listed as a case, and q is no longer the constant function: its later uses are not
 * read against either value. The same holds where the second argument is not a name but a
 * subscripted expression, Sutton and Barto's "$V(S_t) = 0.5$ and $V(S_{t+1}) = 0.4$" (a value
 * of V at the next state, refuted as V ≡ 0.5 in a correct file, held17). Stateless.
 */
final class ProseCaseValues {
  static final String NOTE = "a value at another argument: with the one before it, cases in "
      + "prose (not one formula for the function)";
  private static final Pattern NAME = EngineNames.NAME;
  /** {@code V(S_{t+1})}: one letter applied to an argument the head reader does not take. */
  private static final Pattern APPLIED = Pattern.compile("\\s*([A-Za-z])\\s*\\((.+)\\)\\s*");

  private ProseCaseValues() {}

  /** Lists the second value as a case and returns true, or returns false. */
  static boolean readInPlace(DocumentRun run, int line, String statement, FunctionHeads.Head fn,
      String value, boolean claims) {
    if (fn == null) {
      return atExpressionInPlace(run, line, statement, value, claims);
    }
    if (value == null || fn.parameters().size() != 1
        || !NAME.matcher(fn.parameters().get(0)).matches()) {
      return false;
    }
    String arg = fn.parameters().get(0);
    FunctionRule rule = constantRule(run, fn.name());
    if (rule == null || rule.parameters().get(0).equals(arg) || !constant(run, value, arg)) {
      return false;
    }
    return listedInPlace(run, line, statement, fn.name(), claims);
  }

  /**
   * {@code V(S_{t+1}) = 0.4} after {@code V(S_t) = 0.5} on the line: an argument that is not a
   * name (so it is not the rule's parameter) and a value that is a number.
   */
  private static boolean atExpressionInPlace(DocumentRun run, int line, String statement,
      String value, boolean claims) {
    int eq = statement.indexOf('=');
    java.util.regex.Matcher m = APPLIED.matcher(eq > 0 ? statement.substring(0, eq) : "");
    if (value == null || !m.matches() || NAME.matcher(m.group(2).strip()).matches()
        || constantRule(run, m.group(1)) == null) {
      return false;
    }
    try {
      if (!run.engine.freeSymbols(run.engine.eval(value)).isEmpty()) {
        return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
    return listedInPlace(run, line, statement, m.group(1), claims);
  }

  /** The last rule of {@code name}: one parameter and a body free of it, else null. */
  private static FunctionRule constantRule(DocumentRun run, String name) {
    FunctionRule rule = run.ctx.functionRules().stream().filter(r -> r.name().equals(name))
        .reduce((x, y) -> y).orElse(null);
    return rule == null || rule.parameters().size() != 1
        || !rule.body().isFreeOf(rule.parameters().get(0)) ? null : rule;
  }

  /**
   * Lists the value as a case where the rule was defined on this line, in this sentence, where
   * the rule was given at one member of a family, V(s_t) = 2 (see {@link #atAMember}), or where
   * the value is itself given ({@code claims} false in plain text, words such as "let" before it
   * in LaTeX): "Let $V(a) = 2$. Let $V(b) = 3$. Then $V(b) - V(a) = 1$." read as V ≡ 2 had the
   * second value and the true difference ✗ (the lead's probe of an RL homework). A value claimed
   * after a constant rule ("We take $u(k) = 1/4$. Then $u(j) = 1/2$.") stays a claim.
   */
  private static boolean listedInPlace(DocumentRun run, int line, String statement,
      String name, boolean claims) {
    boolean definedHere = run.out.stream().anyMatch(s -> s.line() == line
        && "function definition".equals(s.note()));
    boolean given = run.latex() ? Redefinitions.announced(run.prose) : !claims;
    int open = statement.indexOf('(');
    String head = open > 0 ? statement.substring(0, open).strip() : "";
    if (head.isEmpty() || !given && !atAMember(run, head) && (!definedHere
        || !SentenceScope.lastSentence(run.paragraph()).contains(head + "("))) {
      return false;
    }
    run.ctx = run.ctx.withoutFunction(name);
    run.functions.remove(name);
    run.unaryFunctions.remove(name);
    run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, NOTE));
    return true;
  }

  /** A letter with an index as the argument: s_t, S_{t}, sₜ, x_1. */
  private static final Pattern MEMBER_ARGUMENT = Pattern.compile(
      "\\s*\\(\\s*\\\\?[A-Za-z]+\\s*(?:_|[\u2080-\u209c])");

  /**
   * Whether the function's last rule was written at one member of a family, {@code V(s_t) = 2}
   * (in any earlier sentence): a value at the state s_t, not a formula for V, so a value at
   * s_(t+1) later in the text is another case. Read as V ≡ 2 it was refuted in a correct
   * plain-text homework (phone36).
   */
  private static boolean atAMember(DocumentRun run, String head) {
    Pattern at = Pattern.compile(Pattern.quote(head) + MEMBER_ARGUMENT.pattern());
    return run.out.stream().filter(s -> "function definition".equals(s.note()))
        .filter(s -> s.lhs().strip().matches(Pattern.quote(head) + "\\s*\\(.*"))
        .reduce((x, y) -> y).map(s -> at.matcher(s.lhs().strip()).lookingAt()).orElse(false);
  }

  private static boolean constant(DocumentRun run, String value, String arg) {
    try {
      return run.engine.eval(value).isFreeOf(arg);
    } catch (RuntimeException e) {
      return false;
    }
  }
}
