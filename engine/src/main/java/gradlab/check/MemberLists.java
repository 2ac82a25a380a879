package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula in a family's running member compared with a list: d2l's {@code 3 x_i^2 = [0, 3,
 * 12, 27]} after {@code \mathbf{x} = [0, 1, 2, 3]^\top}, whose members x₁ … x₄ are the text's
 * points. The list holds the formula at each member in turn, so the side in xᵢ is written out
 * as the list {3 x₁², …, 3 x₄²} and the claim decided component by component
 * ({@link ClaimForms}). It was "not checked: a list compared with a single value", and the
 * planted [0, 3, 6, 9] (3x for 3x²) was missed (held33). Only where the side holds exactly one
 * such running name (a letter's base with one index letter), every member of the list's length
 * is a point of the text (x₁ … xₙ, or x₀ … xₙ₋₁) and the running name itself has no value.
 */
final class MemberLists {
  private static final Pattern NAME = Pattern.compile("(?<![A-Za-z0-9_])([A-Za-z]+)([ijkn])"
      + "(?![A-Za-z0-9_])");

  private MemberLists() {}

  /**
   * {@code side} written out as a list over the members of its running name, where
   * {@code other} is a list of as many items; else {@code side} unchanged. Engine syntax.
   */
  static String side(Map<String, ?> point, String side, String other) {
    int n = length(other);
    if (n < 2 || length(side) >= 0) {
      return side;
    }
    String running = null;
    int from = -1;
    Matcher m = NAME.matcher(side);
    while (m.find()) {
      String base = m.group(1);
      int first = members(point, base, n);
      if (first < 0 || point.containsKey(m.group())) {
        continue;
      }
      if (running != null && !running.equals(m.group())) {
        return side; // two running names: which runs with which is not stated
      }
      running = m.group();
      from = first;
    }
    if (running == null) {
      return side;
    }
    String base = running.substring(0, running.length() - 1);
    Pattern at = Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(running)
        + "(?![A-Za-z0-9_])");
    List<String> items = new ArrayList<>();
    for (int k = from; k < from + n; k++) {
      items.add(at.matcher(side).replaceAll(Matcher.quoteReplacement("(" + base + k + ")")));
    }
    return "{" + String.join(", ", items) + "}";
  }

  /** The first index (1 or 0) from which base₁ … (n members) are all points; else −1. */
  private static int members(Map<String, ?> point, String base, int n) {
    for (int first : new int[] {1, 0}) {
      boolean all = true;
      for (int k = first; k < first + n && all; k++) {
        all = point.containsKey(base + k);
      }
      if (all && !point.containsKey(base + (first + n))) {
        return first;
      }
    }
    return -1;
  }

  /** The number of items of a side that is one list {…}; −1 for any other side. */
  private static int length(String side) {
    String s = side.strip();
    if (!s.startsWith("{") || ClaimForms.closing(s, 0) != s.length() - 1) {
      return -1;
    }
    return TopLevel.split(s.substring(1, s.length() - 1), ',').size();
  }
}
