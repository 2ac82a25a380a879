package gradlab.check;

import java.util.regex.Pattern;

/**
 * A result derived from earlier lines, not a definition: "so $\frac{a^2}{3} = \frac{2}{n}$
 * $\Rightarrow$ $a = \sqrt{6/n}$" gives a value of a that the earlier claim about a fixes, so
 * it is a claim to check against it (read as a definition, a wrong final answer passed
 * silently, found by a TA tester). A name is derived when the text concludes it (⇒, ⟹,
 * "so", "hence", "therefore", "thus" just before) and an earlier claim or condition of the
 * text already names it; a name met for the first time after "so" is still defined.
 */
final class DerivedResults {
  private static final Pattern ARROW_BEFORE = Pattern.compile(
      "(?:\\\\Rightarrow|\\\\implies|\\\\Longrightarrow|⇒|⟹)\\s*\\$?\\s*$");

  private DerivedResults() {}

  /** Whether {@code head} = … here is a result concluded from earlier claims about it. */
  static boolean concluded(DocumentRun run, String head) {
    if (!run.latex() || head == null) {
      return false;
    }
    boolean concludes = Hypotheses.sentenceConcludes(run.prose)
        || ARROW_BEFORE.matcher(run.paragraph()).find()
        || ARROW_BEFORE.matcher(run.prose).find();
    return concludes && run.premises.all().stream().anyMatch(c -> ConditionSteps.names(
        c.lhs() + " " + c.rhs()).contains(head));
  }
}
