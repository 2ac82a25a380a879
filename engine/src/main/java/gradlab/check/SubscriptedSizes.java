package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sizes written as a letter with a subscript: {@code \sum_{j=1}^{n_\mathrm{in}}} (d2l's fan-in),
 * {@code n_l}, {@code n_{out}}. The subscript's word is written one way, {@code n_{in}}
 * ({@code \mathrm}, {@code \text}, {@code \rm} dropped), so that the size is one token that can be
 * set to 1 … 5 wherever the step writes it, as a bare letter n is. Stateless.
 */
final class SubscriptedSizes {
  /** n_{\mathrm{in}}, n_\mathrm{in}, n_\text{in}: the word of the subscript (braced first). */
  private static final String STYLE = "\\\\(?:mathrm|text|textrm|mathit|operatorname)\\s*\\{\\s*"
      + "([A-Za-z0-9]+)\\s*\\}";
  private static final Pattern BRACED = Pattern.compile("([A-Za-z])_\\s*\\{\\s*" + STYLE
      + "\\s*\\}");
  private static final Pattern BARE = Pattern.compile("([A-Za-z])_\\s*" + STYLE);
  private static final Pattern RM = Pattern.compile("([A-Za-z])_\\s*\\{\\s*\\\\rm\\s+"
      + "([A-Za-z0-9]+)\\s*\\}");
  /** A size: a letter, or a letter with a subscript word or digit (n_{in}, n_l, n_1). */
  static final String SIZE = "[A-Za-z](?:_\\{[A-Za-z0-9]+\\}|_[A-Za-z0-9])?";

  private SubscriptedSizes() {}

  /** {@code latex} with every styled subscript word written plainly: n_\mathrm{in} → n_{in}. */
  static String plain(String latex) {
    String s = BRACED.matcher(latex).replaceAll("$1_{$2}");
    s = BARE.matcher(s).replaceAll("$1_{$2}");
    return RM.matcher(s).replaceAll("$1_{$2}");
  }

  /** Whether {@code size} is a letter with a subscript (n_{in}, n_l), not a bare letter. */
  static boolean subscripted(String size) {
    return size.contains("_");
  }

  /**
   * {@code latex} with every occurrence of the subscripted size (n_{in}, also written n_in where
   * the subscript is one character) set to {@code k}, as a number in braces; a longer name
   * that only begins with it (n_{in2}) stays.
   */
  static String set(String latex, String size, int k) {
    String plain = plain(latex);
    String letter = size.substring(0, 1);
    String word = size.substring(size.indexOf('_') + 1).replaceAll("[{}]", "");
    String sub = word.length() == 1 ? "(?:\\{\\s*" + Pattern.quote(word) + "\\s*\\}|"
        + Pattern.quote(word) + ")" : "\\{\\s*" + Pattern.quote(word) + "\\s*\\}";
    Pattern p = Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(letter) + "\\s*_\\s*" + sub);
    return p.matcher(plain).replaceAll("{" + k + "}");
  }
}
