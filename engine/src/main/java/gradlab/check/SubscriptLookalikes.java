package gradlab.check;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The Greek letters whose name is also a letter with a one-letter subscript: {@code \xi} and
 * {@code x_i} were both the engine name xi, so in an SVM's {@code x_i = 2}, {@code \xi = 3} the
 * true {@code x_i + \xi = 5} was refuted "at xᵢ = 3". Such a letter gets the suffix v (ξ is xiv,
 * Ξ capxiv), as reserved names do, in LaTeX ({@link LatexNames#greek}), in plain text, typed or
 * spelled ({@link PlainNames}), and back in messages. The one set for all three: the LaTeX names,
 * their readable table and the plain words each held a copy (the review of the twenty-sixth
 * round). Stateless.
 */
final class SubscriptLookalikes {
  /** The letters' names: ξ and ν (x_i and n_u). */
  static final Set<String> NAMES = Set.of("xi", "nu");
  /** A plain word that is one of them, standing alone (not x_i, not xin). */
  static final Pattern PLAIN_WORD = Pattern.compile("(?<![A-Za-z0-9_])("
      + String.join("|", new TreeSet<>(NAMES)) + ")(?![A-Za-z0-9])");

  private SubscriptLookalikes() {}

  /** The suffix a Greek command's engine name takes: v for ξ, Ξ and ν, none for the others. */
  static String suffix(String command) {
    return NAMES.contains(command.toLowerCase(Locale.ROOT)) ? "v" : "";
  }

  /** {@code letters} (engine name to letter) with ξ, Ξ, ν and Ν under their suffixed names. */
  static void rename(java.util.Map<String, String> letters) {
    for (String n : NAMES) {
      String letter = letters.remove(n);
      letters.put(n + "v", letter);
      letters.remove("cap" + n);
      letters.put("cap" + n + "v", letter.toUpperCase(Locale.ROOT));
    }
  }
}
