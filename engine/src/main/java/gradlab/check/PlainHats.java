package gradlab.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A hat typed as a word, "$yhat = sigmoid(z)$" or "y_hat", as {@code \hat{y}}: read letter by
 * letter it was y·h·a·t, L = ½(yhat − y)² no longer depended on w, and a student's true
 * ∂L/∂w was ✗ with "left = 0" (found by a new user typing plain names). A word of the prose
 * that has the same form ("what", "that", "chat") is never a hatted name: it had become ŵ and
 * t̂ in plain-text derivations and in {@code \text{so that}} (found by a new-user tester).
 */
final class PlainHats {
  private static final Pattern HAT = Pattern.compile(
      "(?<![\\\\A-Za-z0-9])([A-Za-z])(_?)hat(?![A-Za-z0-9])");
  /** English words of a letter and "hat": prose, not a name with a hat. */
  private static final Set<String> WORDS = Set.of("what", "that", "chat", "ghat", "khat", "shat");

  private PlainHats() {}

  static String asHats(String text) {
    return HAT.matcher(text).replaceAll(m -> m.group(2).isEmpty() && isWord(m.group())
        ? m.group() : "\\\\hat{" + m.group(1) + "}");
  }

  /** Whether {@code name} is a prose word that reads like a letter and "hat" ("What", "that"). */
  static boolean isWord(String name) {
    return WORDS.contains(name.toLowerCase(Locale.ROOT));
  }
}
