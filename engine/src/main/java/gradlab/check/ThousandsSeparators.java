package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Digits grouped by a thin space, {@code 60\,000} and {@code 100\,000} as Overleaf users write
 * MNIST's sizes: one number. Read as spacing between two numbers, 100\,000 was 100·000 = 0, and
 * true steps such as n η = 1 were refuted (found by a new user). Only groups of exactly three
 * digits after a group of one to three join.
 */
final class ThousandsSeparators {
  private static final Pattern GROUPED = Pattern.compile(
      "(?<![\\d.])\\d{1,3}(?:(?:\\\\,|\\\\thinspace\\s?|\\\\ )\\d{3})+(?![\\d.])");
  private static final Pattern SEPARATOR = Pattern.compile("\\\\,|\\\\thinspace\\s?|\\\\ ");

  private ThousandsSeparators() {}

  static String join(String latex) {
    if (!latex.contains("\\")) {
      return latex;
    }
    Matcher m = GROUPED.matcher(latex);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(SEPARATOR.matcher(m.group())
          .replaceAll("")));
    }
    m.appendTail(out);
    return out.toString();
  }
}
