package gradlab.check;

import java.util.regex.Pattern;

/**
 * Whether a note beside a claim, "(since sigma'(z) = sigma(z)*(1-sigma(z)))", is an identity: one
 * equation, after its opening word, proved for every value of its names in the text's context. Such
 * a note is a reason, not a condition the claim may need ("(since x = 0)" is one), so a claim
 * refuted without it is refuted with it too.
 */
final class IdentityNotes {
  private static final Pattern OPENING = Pattern.compile("(?i)^\\s*(?:since|because|as|by|"
      + "using|from|note|recall|i\\.e\\.|ie)\\b\\s*:?\\s*");

  private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  private IdentityNotes() {}

  /**
   * A note about functions written without their argument, "(since sigma' = sigma*(1 -
   * sigma))": where every name in it is a function, primed somewhere in the note and never
   * applied, each is applied to one fresh variable, sigma'(t) = sigma(t)*(1 - sigma(t)); the note
   * is otherwise returned as it is (logistic-newton-step-ascii: the planted d2L/dw2 was "not
   * checked: it fails without the condition in the note").
   */
  static String pointFree(String eq) {
    java.util.Set<String> names = new java.util.LinkedHashSet<>();
    NAME.matcher(eq).results().forEach(m -> names.add(m.group()));
    String t = names.contains("t") ? "u" : "t";
    if (names.isEmpty() || names.contains(t) || names.stream().anyMatch(n -> !Pattern.compile(
        "(?<![A-Za-z0-9_])" + Pattern.quote(n) + "\\s*['′’]").matcher(eq).find()
        || Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(n) + "\\s*['′’]*\\s*\\(")
            .matcher(eq).find())) {
      return eq;
    }
    String out = eq;
    for (String n : names) {
      out = Pattern.compile("(?<![A-Za-z0-9_])(" + Pattern.quote(n)
          + "\\s*['′’]*)(?![A-Za-z0-9_])").matcher(out).replaceAll("$1(" + t + ")");
    }
    return out;
  }

  /** True where {@code note} is one equation that the checker proves as an identity. */
  static boolean holdsEverywhere(DocumentRun run, String note) {
    String eq = OPENING.matcher(note).replaceFirst("").strip();
    int at = eq.indexOf('=');
    if (at <= 0 || eq.indexOf('=', at + 1) >= 0 || eq.matches(".*[<>≤≥≠≈,;].*")) {
      return false;
    }
    eq = pointFree(eq);
    at = eq.indexOf('=');
    String lhs = PlainEulerNumber.euler(run, eq.substring(0, at).strip());
    String rhs = PlainEulerNumber.euler(run, eq.substring(at + 1).strip());
    if (lhs.isEmpty() || rhs.isEmpty() || !run.ctx.point().isEmpty()) {
      return false; // at a named point a proof would be of the point's values only
    }
    try {
      return run.budget.run(by -> run.checker.check(run.ctx, lhs, Relation.EQUAL, rhs, by))
          instanceof StepVerdict.Proved;
    } catch (RuntimeException unread) {
      return false;
    }
  }
}
