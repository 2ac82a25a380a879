package gradlab.check;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A plain-text line that opens with {@code =} continues the line just above it, as lecture
 * notes write a computation down the page:
 *
 * <pre>
 * dL/da = dL/de * de/da
 * = -2 * -3 = 6
 * </pre>
 *
 * The line is read as the previous line's last term {@code = …}, so each link is checked
 * (it was "not checked: a side of the relation is empty", and a wrong product was never
 * named). Only where the line above is adjacent (no blank line between) and its last term is a
 * formula, not a sentence; {@code ==} is no continuation.
 */
final class PlainContinuations {
  private static final Pattern OPENS = Pattern.compile("^=(?!=)\\s*\\S.*");
  /** Two words of three letters or more in a row: prose, not a formula. */
  private static final Pattern WORDS = Pattern.compile("[A-Za-z]{3,}\\s+[A-Za-z]{3,}");

  private static final Pattern ARROW = Pattern.compile("=>|⇒|⟹|←|<-|:=");

  private PlainContinuations() {}

  /**
   * The statement to read for {@code current}: the last term of {@code previous} joined to it
   * where {@code current} opens with {@code =}, else {@code current} unchanged.
   *
   * @param previous the line above, comments removed and stripped ("" when blank)
   * @param current this line, comments removed and stripped
   */
  static String joined(String previous, String current) {
    if (!OPENS.matcher(current).matches() || previous.isBlank()) {
      return current;
    }
    if (ARROW.matcher(previous).find()) {
      return current; // "… => x = 1": which statement goes on is not written
    }
    List<String> terms = ChainSplitter.split(previous).terms();
    String tail = terms.getLast().strip();
    if (tail.isEmpty() || WORDS.matcher(tail).find() || tail.startsWith("let ")
        || tail.startsWith("at ") || tail.startsWith("assume ")) {
      return current;
    }
    return tail + " " + current;
  }
}
