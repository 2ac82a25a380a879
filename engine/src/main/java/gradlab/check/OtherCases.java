package gradlab.check;

import java.util.regex.Pattern;

/**
 * Prose that opens another case, "Case 2. Otherwise $b = 3$.", "In the other case", "Else": the
 * point a premise of the case before bound ("Case 1. If $a = 5$, then $b = 6$.") does not hold
 * in it, and the checker does not read what the new case assumes instead (a ≠ 5). Every named
 * point and the values computed at them are forgotten, so the claims of the new case are "not
 * checked" unless the text states a point again. Before, {@code b = 3}, true at the text's a = 2,
 * was refuted at the first case's a = 5. Stateless.
 */
final class OtherCases {
  /** A sentence that opens with "otherwise", "else", "in the other case" or "Case 2". */
  private static final Pattern OPENS = Pattern.compile("(?i)(?:^|[.:;!?]\\s*|\\n\\s*)"
      + "(?:\\*\\*|_)?(?:otherwise|else|in\\s+the\\s+other\\s+cases?|case\\s+(?:[2-9]|ii|iii"
      + "|two|three|\\(?b\\)?)\\b)");

  /** A blank line: after "otherwise …." a new paragraph, no longer the case's statement. */
  private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n");

  private OtherCases() {}

  /** Forgets every point where {@code proseBefore} opens another case. */
  static void enterInPlace(DocumentRun run, String proseBefore) {
    if (TrailingOtherwise.endsASentence(proseBefore)) {
      run.otherCase.sentenceEndedInPlace(); // "$0$ otherwise is …. Then"
    }
    java.util.regex.Matcher opening = proseBefore == null ? null
        : OPENS.matcher(proseBefore.strip());
    if (opening == null || !opening.find()) {
      return;
    }
    run.ctx = run.ctx.withoutPoints();
    run.values.clear();
    run.earlierPoints.forgetAllInPlace();
    if (TrailingOtherwise.trails(run.paragraph(), proseBefore, opening.start())) {
      if (!TrailingOtherwise.endsASentence(proseBefore)) {
        run.otherCase.openForItsSentenceInPlace(run.ctx.domain()); // "$0$ otherwise is …"
      }
    } else if (!PARAGRAPH.matcher(proseBefore.strip().substring(opening.end())).find()) {
      run.otherCase.openInPlace(run.ctx.domain()); // not where a new paragraph followed it
    }
  }
}
