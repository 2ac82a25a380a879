package gradlab.check;

import java.util.regex.Pattern;

/**
 * Subscript letters and signs typed on a phone, "rₜ₊₁", "δₜ₊ₗ", "sₜ": indices, as r_(t+1), δ_(t+l),
 * s_t (GAE on a phone was "not engine syntax" on every line). A run of subscript digits alone
 * ("w₁") is left to the readers that already take it. Stateless.
 */
final class PhoneSubscripts {
  private static final Pattern RUN = Pattern.compile("[" + ScriptCharacters.SUBSCRIPTS + "]+");

  private PhoneSubscripts() {}

  /** {@code s} with each subscript run that holds a letter or a sign written as an index. */
  static String asIndices(String s) {
    return RUN.matcher(s).replaceAll(m -> {
      String g = m.group();
      if (g.chars().allMatch(c -> c >= '₀' && c <= '₉')) {
        return g;
      }
      String b = ScriptCharacters.plain(g);
      return java.util.regex.Matcher.quoteReplacement(
          b.length() == 1 ? "_" + b : "_(" + b + ")");
    });
  }
}
