package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A point typed as in a chat, "x=1 y=2", "z1=1 z2=0: s1 = …": names given numbers, each "="
 * tight and the pairs apart by spaces only. Read as a chain, x = 1·y = 2, it defined x as y and
 * gave y the value 2, so a true f(x) = 4 at x = 1 was refuted at x = 2 (found by a new user).
 * The spacing says which binds: the run is written with commas, as "x=1, y=2", which the point
 * readers take. A pair written with spaces around its "=" ("x = 1 y = 2") is left as it was,
 * and so is a run not followed by the line's end, a colon, a comma or an arrow. Stateless.
 */
final class SpacedPointLists {
  /** A name (Latin or Greek, digits or a subscript after it) given a number, "=" tight. */
  private static final String TIGHT = "[A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*[₀-₉]*="
      + NumberPatterns.DECIMAL_ANY_MINUS_REGEX + "(?![\\w.])";
  private static final Pattern RUN = Pattern.compile("(?<!\\S)" + TIGHT + "(?:\\s+" + TIGHT
      + ")+(?=\\s*(?:$|[:;,]|->|→|=>|⇒|⟹))");
  private static final Pattern GAP = Pattern.compile("\\s+");

  private SpacedPointLists() {}

  /** {@code line} with each such run's spaces written as ", "; the line itself where none. */
  static String commaSeparated(String line) {
    Matcher m = RUN.matcher(line);
    return m.replaceAll(r -> Matcher.quoteReplacement(GAP.matcher(r.group()).replaceAll(", ")));
  }
}
