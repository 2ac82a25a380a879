package gradlab.check;

import java.util.regex.Pattern;

/**
 * A plain-text line that only continues the formula of the line before it, as a step spread
 * over two lines in a chat or a phone's note is typed: {@code f'(x) = 3x^2 + 4x} then
 * {@code   - 5}. It begins with a binary operator (+, −, -, ·, *, ×, /), holds no relation and
 * no words. It had been dropped without a word, and the first line alone refuted (a true step
 * shown ✗, found by a new-user tester); {@link PlainContinuations} joins it to the line before
 * when that line is one plain chain. A dash in a list of bullets is a bullet, read before this.
 */
final class OperatorContinuations {
  private static final Pattern OPERATOR_FIRST = Pattern.compile("^(?:\\+|−|-|·|\\*|×|/)\\s*"
      + "[\\w(\\\\√\\[{.σ]");
  private static final Pattern RELATION = Pattern.compile("=|≈|≤|≥|<|>|≠|→|⇒|:|;");
  private static final Pattern WORDS = Pattern.compile("[A-Za-z]{3,}\\s+[A-Za-z]{3,}");

  private OperatorContinuations() {}

  /** Whether the stripped {@code line} continues the formula of the line before it. */
  static boolean continues(String line) {
    return OPERATOR_FIRST.matcher(line).find() && !RELATION.matcher(line).find()
        && !WORDS.matcher(line).find();
  }
}
