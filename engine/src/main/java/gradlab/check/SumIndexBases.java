package gradlab.check;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The members of a written-out vector that a Σ over its components names by its bounds:
 * {@code L = -\sum_{i=1}^K y_i \log p_i} counts y's members from 1 (member K, the last, is one
 * of them and member 0 is not), {@code \sum_{i=0}^{n-1} x_i} from 0. Before, a vector whose
 * members the text named only through a Σ, "$y = (1, 0)$" of a one-hot label, got no members,
 * so a numeric example's {@code \partial L / \partial z_1 = p_1 - 1} was "not checked: the
 * left side depends on y₁". Read by {@link ComponentVectors#bases} beside the members the text
 * names with numbers; a Σ from 0 and one from 1 over the same name leave it ambiguous.
 */
final class SumIndexBases {
  private static final Pattern SUM = Pattern.compile(
      "\\\\sum\\s*_\\s*\\{\\s*([a-z])\\s*=\\s*([01])\\s*\\}\\s*\\^\\s*(?:\\{[^{}]*\\}|[A-Za-z0-9])");
  /** How far after a Σ its summand is looked for. */
  private static final int REACH = 60;

  private SumIndexBases() {}

  /** The members a Σ names of {@code letter}'s {@code n} entries: {@code n} from 1, 0 from 0. */
  static Set<Integer> named(String text, String letter, int n) {
    Set<Integer> out = new LinkedHashSet<>();
    Matcher m = SUM.matcher(text);
    while (m.find()) {
      String summand = text.substring(m.end(), Math.min(text.length(), m.end() + REACH));
      Pattern member = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(letter)
          + "\\s*_\\s*(?:\\{\\s*" + m.group(1) + "\\s*\\}|" + m.group(1) + ")(?![A-Za-z0-9])");
      if (member.matcher(summand.split("\\$|\\n\\s*\\n", 2)[0]).find()) {
        out.add(m.group(2).equals("1") ? n : 0);
      }
    }
    return out;
  }
}
