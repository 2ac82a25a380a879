package gradlab.check;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A definition joined to a plain-text formula by a word: "a_i = sigma(z_i) with z_i =
 * w_i*a_(i-1)", "… where h = tanh(z)", "… for z = w*x + b". The word was read as a name, so
 * both sides were "not checked: with is not defined in the text" and the definition was lost (a
 * student tester, user29). The definition after the word is read first, as the line of its own
 * it could have been, then the formula before it. Values ("with b = 0") are {@link LinePoints}';
 * "for all z" and a range ("for i = 1..4") are not definitions and are left alone. Stateless.
 */
final class JoinedDefinitions {
  private static final Pattern JOINED = Pattern.compile("^(.*?[=<>≤≥≈].*?[^\\s,;])\\s*[,;]?\\s+"
      + "(?i:with|where|for)\\s+(\\p{L}[\\p{L}0-9_]*(?:\\([^()=]*\\))?\\s*=(?!=)\\s*\\S.*)$");
  private static final Pattern RANGE = Pattern.compile("\\.\\.|…|\\bto\\b|\\b(?i:all|every)\\b");

  private JoinedDefinitions() {}

  /** Reads the definition, then the formula, through {@code read}; false where none is joined. */
  static boolean readInPlace(String text, Consumer<String> read) {
    Matcher m = JOINED.matcher(text);
    if (!m.matches() || RANGE.matcher(m.group(2)).find()) {
      return false;
    }
    read.accept(m.group(2).strip());
    read.accept(m.group(1).strip());
    return true;
  }
}
