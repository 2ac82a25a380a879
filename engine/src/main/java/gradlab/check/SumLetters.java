package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a letter of a sum over a set or a family occurs in LaTeX ({@link SizedDefinitions}): as
 * a member with its indices, standing alone, in a subscript; and a letter still free for a new
 * index or size.
 */
final class SumLetters {
  private SumLetters() {}

  /**
   * A member of the set summed over by {@code w}: w with its indices (group 1: w, w_{jk},
   * w^l_{jk}) and a power after them (group 2: ^2), not w' or a longer word.
   */
  static Pattern member(String w) {
    return Pattern.compile("(?<![A-Za-z\\\\])(" + w + "(?:\\s*_(?:\\{[^{}]*\\}|[A-Za-z0-9])"
        + "|\\s*\\^(?:\\{\\s*[A-Za-z(\\[][^{}]*\\}|[A-Za-z]))*)(\\s*\\^(?:\\{\\s*\\d+\\s*\\}|\\d))?"
        + "(?![A-Za-z'])");
  }

  /** The letter standing alone, not the base of a subscripted name (w, w², |w|; not x_j). */
  static Pattern element(String letter) {
    return Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z_])");
  }

  static Pattern alone(String letter) {
    return Pattern.compile("(?<![A-Za-z\\\\])" + letter + "(?![A-Za-z])");
  }

  /** Whether {@code letter} is (part of) a subscript in {@code latex}. */
  static boolean uses(String latex, String letter) {
    Matcher subs = Pattern.compile("_\\{([^{}]*)\\}|_([A-Za-z0-9])").matcher(latex);
    while (subs.find()) {
      String sub = subs.group(1) != null ? subs.group(1) : subs.group(2);
      if (alone(letter).matcher(sub.replaceAll("\\\\[A-Za-z]+", "")).find()) {
        return true;
      }
    }
    return false;
  }

  static String fresh(String latex, String candidates) {
    for (char ch : candidates.toCharArray()) {
      if (!alone(String.valueOf(ch)).matcher(latex).find()) {
        return String.valueOf(ch);
      }
    }
    throw new UnsupportedLatexException("a sum over a set: no letter is free for its size");
  }
}
