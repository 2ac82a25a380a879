package gradlab.check;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A plain-text "Let" sentence: "Let z = w*x + b" (a capital L: the word was read as the name
 * L_et and the definition lost) and definitions joined by "and" or commas, "let z = w*x + b and
 * a = sigma(z)" (z had been defined as "w*x + b and a"). Each definition is read as the line
 * "let …" of its own it could have been. Values alone ("Let x = 2 and w = 0.5") are
 * {@link LinePoints}', read before this. Stateless.
 */
final class LetSentences {
  private static final Pattern LET = Pattern.compile("(?i)^\\s*let\\s+(\\S.*)$");
  private static final Pattern AND = Pattern.compile("\\s+and\\s+");
  /** A definition's head: a name or a call, then one "=". */
  private static final Pattern DEFINITION = Pattern.compile(
      "^\\s*\\p{L}[\\p{L}0-9_']*(?:\\([^()=]*\\))?\\s*=(?!=)\\s*\\S.*$");

  private LetSentences() {}

  /** Reads each definition as "let …" through {@code read}; false where the line is not one. */
  static boolean readInPlace(String text, Consumer<String> read) {
    Matcher m = LET.matcher(text);
    if (!m.matches()) {
      return false;
    }
    String rest = m.group(1).strip();
    List<String> pieces = TopLevel.split(rest, ',').stream()
        .flatMap(p -> AND.splitAsStream(p)).map(String::strip).toList();
    if (pieces.size() > 1 && pieces.stream().allMatch(p -> DEFINITION.matcher(p).matches())) {
      pieces.forEach(p -> read.accept("let " + p));
      return true;
    }
    if (text.startsWith("let ") || !DEFINITION.matcher(rest).matches()) {
      return false; // as the engine syntax reads it; "Let us compute …" is prose
    }
    read.accept("let " + rest);
    return true;
  }
}
