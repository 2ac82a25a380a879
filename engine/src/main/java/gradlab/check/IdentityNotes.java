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

  private IdentityNotes() {}

  /** True where {@code note} is one equation that the checker proves as an identity. */
  static boolean holdsEverywhere(DocumentRun run, String note) {
    String eq = OPENING.matcher(note).replaceFirst("").strip();
    int at = eq.indexOf('=');
    if (at <= 0 || eq.indexOf('=', at + 1) >= 0 || eq.matches(".*[<>≤≥≠≈,;].*")) {
      return false;
    }
    String lhs = PlainTextLines.euler(run, eq.substring(0, at).strip());
    String rhs = PlainTextLines.euler(run, eq.substring(at + 1).strip());
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
