package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reason in brackets after a plain-text claim, "dL/dz1 = dL/dh1 * 1 = -0.6   (since z1 > 0,
 * relu' = 1)": the bracket is the student's note, not part of the formula. Read as a factor it
 * was "cannot read: not engine syntax" (a TA's correct submission), and where it held no relation
 * a claim "= 0 (since z2 < 0 the unit is dead)" was proved only because 0 times anything is 0.
 * The claim is read without its note. A note that states a condition (z1 &gt; 0) may be what makes
 * the claim true, and the checker does not read it: a claim refuted without it is "not checked".
 * The note may hold brackets of its own, "(since sigma'(z) = sigma(z)*(1-sigma(z)))", and may
 * be a bare relation, "(sigma'(z) = sigma(z)*(1-sigma(z)))": such a note was split at its "=" and
 * mended into a factor, so a true dp/dz = p*(1-p) was refuted as p(1 − p)·σ′(z) (held18b). A
 * note that is an identity, true at every value, states no condition, and leaves a refutation.
 */
final class PlainReasons {
  private static final Pattern NOTE = Pattern.compile("(?i)^(.*[^\\s(])\\s+\\(\\s*((?:since|"
      + "because|as|by|using|from|for|when|if|where|with)\\b[^()]*)\\)\\s*\\.?\\s*$");
  private static final Pattern RELATION = Pattern.compile("[=<>≤≥≠]");
  /** A note that opens with a word and a space: "(at w = 0.5)" is a point, "(x = 0)" a case. */
  private static final Pattern WORD_FIRST = Pattern.compile("\\s*\\p{L}+\\s");
  /** A word that opens a note: a reason, or a remark. */
  private static final Pattern OPENS = Pattern.compile("(?i)^\\s*(?:since|because|as|by|using|"
      + "from|for|when|if|where|with|note|recall|i\\.e\\.|ie)\\b.*");
  /**
   * A note of words, then its reason after a comma: "(half the peak, because sqrt(16000/4000) =
   * 2)". Split at the comma it was "… = 0.00017469 (half the peak" and "because … = 2)", both
   * unread, so a wrong value was missed (Vaswani's warmup schedule in plain text).
   */
  private static final Pattern WORDS_THEN_REASON = Pattern.compile("(?i)^\\s*(?:\\p{L}{2,}\\s+)+"
      + "\\p{L}{2,}\\s*,\\s*(?:since|because|as|by|using|from|so|i\\.e\\.)\\s.*");
  /** A function word before its bracket; what is left without them names no quantity. */
  private static final Pattern FUNCTION_WORD = Pattern.compile(
      "(?<![A-Za-z])(?:sqrt|exp|log|ln|sin|cos|tan|tanh)\\s*\\(");

  private PlainReasons() {}

  /**
   * Reads {@code text} without its trailing note through {@code read}; true where it had one.
   * Refutations on the line are demoted where the note states a relation.
   */
  static boolean readInPlace(DocumentRun run, int line, String text,
      java.util.function.Consumer<String> read) {
    String[] parts = parts(text);
    if (parts == null || !RELATION.matcher(parts[0]).find()) {
      return false;
    }
    int before = run.out.size();
    read.accept(parts[0].strip());
    if (RELATION.matcher(parts[1]).find() && !IdentityNotes.holdsEverywhere(run, parts[1])) {
      for (int k = before; k < run.out.size(); k++) {
        StepResult s = run.out.get(k);
        if (s.verdict() instanceof StepVerdict.Refuted f
            && !numbersOnly(s.lhs() + " " + s.rhs())) {
          run.out.set(k, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(),
              new StepVerdict.NotChecked("it fails without the condition in the note ("
                  + parts[1].strip() + "), which is not read: " + f.evidence()), s.note()));
        }
      }
    }
    return true;
  }

  /** Whether {@code text} ends in a note of words whose reason follows a comma. */
  static boolean endsInWordsThenReason(String text) {
    String[] parts = parts(text);
    return parts != null && WORDS_THEN_REASON.matcher(parts[1]).matches();
  }

  /** A claim of numbers alone, which no condition on a name can make true. */
  static boolean numbersOnly(String claim) {
    return !FUNCTION_WORD.matcher(claim).replaceAll("(").matches(".*\\p{L}.*");
  }

  /**
   * The claim and its trailing note, or null: a note in brackets at the end of the line, after a
   * space, that opens with a reason word or holds a relation (no factor does), its brackets
   * balanced.
   */
  static String[] parts(String text) {
    Matcher m = NOTE.matcher(text);
    if (m.matches()) {
      return new String[] {m.group(1), m.group(2)};
    }
    String t = text.strip();
    if (t.endsWith(".")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (!t.endsWith(")")) {
      return null;
    }
    int depth = 0;
    int open = -1;
    for (int k = t.length() - 1; k >= 0; k--) {
      char c = t.charAt(k);
      if (c == ')' || c == ']' || c == '}') {
        depth++;
      } else if ((c == '(' || c == '[' || c == '{') && --depth == 0) {
        open = c == '(' ? k : -1;
        break;
      }
    }
    if (open <= 0 || !Character.isWhitespace(t.charAt(open - 1))) {
      return null;
    }
    String claim = t.substring(0, open).strip();
    String note = t.substring(open + 1, t.length() - 1);
    if (claim.isEmpty() || "+-*/^=(,<>≤≥≠≈·−".indexOf(claim.charAt(claim.length() - 1)) >= 0
        || !BracketBalance.allClose(claim) || !(OPENS.matcher(note).matches()
        || WORDS_THEN_REASON.matcher(note).matches() || RELATION.matcher(note).find()
        && !WORD_FIRST.matcher(note).lookingAt())) {
      return null;
    }
    return new String[] {claim, note};
  }
}
