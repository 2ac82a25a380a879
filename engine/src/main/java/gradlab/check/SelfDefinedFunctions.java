package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code f(x) = …} whose body names f itself, {@code g(x) = g'(x) + 1}, {@code f(x) = 2 f(x/2)}:
 * an equation f must satisfy, not a definition. Taken as one, every step through f unfolded it
 * without end, and the console spent its whole time limit (found by a student). Of an f the text
 * defined before, the line is a claim about that f, shown where it is proved; otherwise it is
 * "not checked" at once with the reason, and the steps that use f are not checked.
 */
final class SelfDefinedFunctions {
  private SelfDefinedFunctions() {}

  /** Whether the definition was refused (the line is reported); false where f is not named. */
  static boolean refusedInPlace(DocumentRun run, int line, String f, List<String> raw,
      List<String> terms) {
    Pattern named = Pattern.compile("(?<![\\p{L}\\d_])" + Pattern.quote(f) + "(?![\\p{L}\\d_])");
    if (!named.matcher(terms.get(1)).find()) {
      return false;
    }
    boolean earlier = run.ctx.functionRules().stream().anyMatch(r -> r.name().equals(f));
    StepVerdict v = new StepVerdict.NotChecked(LatexNames.readable(f) + " is defined through "
        + "itself (its right side uses " + LatexNames.readable(f) + "), which defines nothing; "
        + "steps that use " + LatexNames.readable(f) + " are not checked");
    if (earlier) {
      StepVerdict same = run.budget.run(by -> run.checker.check(run.ctx, terms.get(0),
          Relation.EQUAL, terms.get(1), by));
      if (same instanceof StepVerdict.Proved) { // f(x) = 2 f(x/2) of a linear f: a true claim
        run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), same,
            ""));
        return true;
      }
      v = new StepVerdict.NotChecked("this restates " + LatexNames.readable(f) + " through "
          + "itself, which the checker does not read as a claim about the earlier "
          + LatexNames.readable(f) + " nor as a new definition");
      run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), v, ""));
      return true;
    }
    run.ctx = run.ctx.withoutFunction(f);
    run.unread.put(f, line);
    run.out.add(new StepResult(line, raw.get(0).strip(), Relation.EQUAL, raw.get(1), v, ""));
    return true;
  }
}
