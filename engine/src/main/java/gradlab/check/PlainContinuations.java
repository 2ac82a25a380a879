package gradlab.check;

import java.util.regex.Pattern;

/**
 * Lines of a plain-text derivation as people type them in notes: a bullet ("* …", "• …", and
 * "- L = 3 + 4" in a list of such lines) is no minus sign, and a line that begins with a relation ("  = 7") continues the
 * chain of the line before it, as "$= …$" alone does in Markdown. The continuation had been
 * "a side of the relation is empty" and the bullet a factor −1 (found by a new-user tester).
 * A line that begins with an operator and holds no relation ("  - 5", "+ 2x") ends the line
 * before it ({@link OperatorContinuations}): it had been dropped, and the step refuted.
 * A continuation is read only after a line that is one plain chain; after anything else (a
 * point, a label, two statements, words) it stays as typed, and so "not checked".
 */
final class PlainContinuations {
  /** "* " and "• " begin no formula; "- " is a bullet only in a list (two or more such lines). */
  private static final Pattern BULLET = Pattern.compile("^\\s*[*•]\\s+(?=\\S)");
  private static final Pattern DASH = Pattern.compile("^\\s*-\\s+(?=\\S)");
  private static final Pattern CONTINUATION = Pattern.compile("^(?:=|≈|~=|<=|>=|≤|≥|<|>)(?!=)");
  /** The top-level relations of a chain. */
  private static final Pattern RELATION = Pattern.compile("<=|>=|~=|==|=|≈|≤|≥|<|>");
  /** Two words of three letters or more in a row: prose, not a formula. */
  private static final Pattern WORDS = Pattern.compile("[A-Za-z]{3,}\\s+[A-Za-z]{3,}");
  /** What keeps a line from being one plain chain whose last term can be continued. */
  private static final Pattern NOT_ONE_CHAIN = Pattern.compile(
      "[,;:←]|=>|⇒|⟹|(?i)(?<![A-Za-z])(?:at|for|if|when|where|with|or|and|all|every|assume)"
      + "(?![A-Za-z])");

  private PlainContinuations() {}

  /** {@code lines} (comments already removed, stripped) with bullets and continuations read. */
  static String[] read(String[] lines) {
    String[] out = new String[lines.length];
    String last = null;
    int chainLine = -1;
    boolean list = java.util.Arrays.stream(lines).filter(l -> DASH.matcher(l).find()).count() > 1;
    for (int n = 0; n < lines.length; n++) {
      String line = BULLET.matcher(list ? DASH.matcher(lines[n]).replaceFirst("") : lines[n])
          .replaceFirst("").strip();
      if (CONTINUATION.matcher(line).find()) {
        out[n] = last == null ? line : last + " " + line;
      } else if (chainLine >= 0 && last != null && OperatorContinuations.continues(line)) {
        out[chainLine] = out[chainLine] + " " + line; // "f'(x) = 3x^2 + 4x" then "- 5"
        out[n] = "";
        last = lastTerm(out[chainLine]);
        continue;
      } else {
        out[n] = line;
      }
      if (!line.isEmpty()) {
        last = lastTerm(out[n]);
        chainLine = n;
      }
    }
    return out;
  }

  /** The last term of a line that is one plain chain, or null. */
  private static String lastTerm(String line) {
    String chain = line.startsWith("let ") ? line.substring(4) : line;
    if (NOT_ONE_CHAIN.matcher(chain).find()) {
      return null;
    }
    String[] terms = RELATION.split(chain, -1);
    String term = terms[terms.length - 1].strip();
    if (terms.length < 2) {
      // a formula alone on its line, continued below ("(d*f + h*f - d*f)/h" then "= h*f/h");
      // never a sentence ("The value we want is" then "= 6")
      return term.isEmpty() || WORDS.matcher(term).find() ? null : term;
    }
    return term.isEmpty() ? null : term;
  }
}
