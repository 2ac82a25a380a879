package gradlab.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two variables of one earlier formula set equal in prose: "the gradient vanishes exactly at
 * $q = p$", "so $q = p$ is the minimum", after $D = p \log\frac{p}{q} + \ldots$ and ∂D/∂q. It
 * names where the two are equal, a condition: as a claim it was refuted (q and p sampled apart),
 * and as a definition it made q the name of p, so that the worked example's "$p = 0.2$, $q =
 * 0.5$" was refuted at p = 0.2. Read only in inline math, where both sides are single names the
 * text has not defined, that an earlier formula used together. Stateless.
 */
final class VariableConditions {
  static final String NOTE = "a condition: where the two variables are equal, not a claim";
  private static final Pattern SINGLE = Pattern.compile("(?:\\\\(?:hat|bar|tilde|mathbf|"
      + "boldsymbol|vec)\\s*\\{[^{}]*\\}|\\\\[A-Za-z]+|[A-Za-z])(?:_\\{[^{}]*\\}|_[A-Za-z0-9])?");

  private VariableConditions() {}

  /** Lists {@code statement} as a condition and returns true, or returns false. */
  static boolean readInPlace(DocumentRun run, int line, String statement) {
    ChainSplitter.Chain c = ChainSplitter.split(statement);
    if (c.terms().size() != 2 || c.relations().get(0) != Relation.EQUAL) {
      return false;
    }
    String a = name(run, c.terms().get(0));
    String b = name(run, c.terms().get(1));
    if (a == null || b == null || a.equals(b) || !free(run, a) || !free(run, b)) {
      return false;
    }
    boolean together = run.out.stream().anyMatch(s -> {
      Set<String> names = FormulaNames.of(s.lhs() + " " + s.rhs(), run.reading());
      return names.contains(a) && names.contains(b);
    });
    if (!together) {
      return false;
    }
    run.out.add(new StepResult(line, statement.strip(), Relation.EQUAL, "", null, NOTE));
    return true;
  }

  /** The engine name of a side that is one name, or null. */
  private static String name(DocumentRun run, String side) {
    String s = side.strip();
    if (!SINGLE.matcher(s).matches()) {
      return null;
    }
    Set<String> names = FormulaNames.of(s, run.reading());
    return names.size() == 1 ? List.copyOf(names).get(0) : null;
  }

  /** A variable: used in an earlier formula, neither defined nor a function nor a point. */
  private static boolean free(DocumentRun run, String n) {
    return run.ctx.used().used(n) && !run.ctx.defines(n) && !run.functions.contains(n)
        && !run.ctx.point().containsKey(n);
  }
}
