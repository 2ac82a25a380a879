package gradlab.check;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One word of note after a plain-text claim's number or bracket: "1.45 - 0.9*0.5 + 1.9*0.25 =
 * 1.475   ok", "ln(2)/ln(1/0.95) = 13.513 epochs", "148.41 = exp(5) approximately". The word
 * was read as a factor the text never defines, and the step was "not checked: ok is not defined
 * in the text". {@link TrailingProseClauses} took a clause of two words or more only. The word
 * is a note, or a unit, only where it cannot be a name of the text: it is lower case, of three
 * letters or more ("ok" too), not defined, not a function, not a point, not a Greek letter or a
 * catalogue function, not a plain alias of a name (eps), none of its letters a name the text
 * gives a meaning, and not a word that opens a condition. As for every trailing clause, a step
 * that fails without the word is "not checked", never ✗. Stateless.
 */
final class TrailingWordNotes {
  /** A formula ending in a digit or a bracket, then one lower-case word at the line's end. */
  static final Pattern NOTE = Pattern.compile("^(.*[0-9)\\]])\\s+(\\p{Ll}{2,})\\s*\\.?\\s*$");

  private static final Set<String> CONDITIONS = Set.of("for", "if", "when", "where", "with",
      "and", "or", "at", "then", "unless", "since", "because", "so");

  private TrailingWordNotes() {}

  /** Whether {@code word} after a formula is a note rather than a factor. */
  static boolean isNote(DocumentRun run, String word) {
    String w = word.strip();
    if ((w.length() < 3 && !w.equals("ok")) || CONDITIONS.contains(w) || taken(run, w)
        || gradlab.math.Catalogue.function(w).isPresent()
        || LatexNames.GREEK.contains(w.toLowerCase(Locale.ROOT))) {
      return false;
    }
    String alias;
    try {
      alias = PlainNames.asEngineNames(w);
    } catch (RuntimeException e) {
      return false;
    }
    if (!w.equals(alias)) {
      return false; // eps, lr: a plain name of something the text may mean
    }
    return w.chars().noneMatch(c -> taken(run, String.valueOf((char) c)));
  }

  private static boolean taken(DocumentRun run, String name) {
    return run.ctx.defines(name) || run.functions.contains(name)
        || run.ctx.point().containsKey(name);
  }
}
