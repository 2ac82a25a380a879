package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as people type them in LaTeX (both found by a new user, each a true step refuted):
 * digits grouped by a thin space, {@code 60\,000} and {@code 100\,000} as Overleaf users write
 * MNIST's sizes, are one number (read as spacing, 100\,000 was 100·000 = 0; only groups of
 * exactly three digits after a group of one to three join); E-notation with an upright e,
 * {@code 1.5\mathrm{e}{-3}}, {@code 1.5\text{e}-3}, is 1.5·10⁻³ (it was 1.5·e·(−3)). A plain
 * space between such groups ({@code 60 000}) joins them too: 60·000 is no one's product.
 */
final class TypedNumbers {
  private static final Pattern GROUPED = Pattern.compile(
      "(?<![\\d.^_{])\\d{1,3}(?:(?:\\\\,|\\\\thinspace\\s?|\\\\ | )\\d{3})+(?![\\d.])");
  private static final Pattern SEPARATOR = Pattern.compile("\\\\,|\\\\thinspace\\s?|\\\\ | ");

  private static final Pattern UPRIGHT_E = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s*\\\\"
      + "(?:mathrm|text|textrm|rm)\\s*\\{\\s*[eE]\\s*\\}(?:\\s*(?=\\{)|)(?:\\{\\s*([+-−]?\\s*\\d+)\\s*\\}|([+-−]\\d+)(?![\\d.]))");

  private static final Pattern BRACED_COMMA = Pattern.compile("\\d\\s*\\{\\s*,\\s*\\}\\s*\\d");

  private TypedNumbers() {}

  static String normalise(String latex) {
    if (BRACED_COMMA.matcher(latex).find()) { // left by DecimalCommas: 60{,}000
      throw new UnsupportedLatexException("a braced comma between digits (60{,}000: a thousands "
          + "separator or a decimal comma?); write 60000, 60\\,000 or 60.5");
    }
    Matcher e = UPRIGHT_E.matcher(latex);
    StringBuilder b = new StringBuilder();
    while (e.find()) {
      String power = (e.group(2) != null ? e.group(2) : e.group(3)).replace("−", "-")
          .replaceAll("\\s+", "");
      e.appendReplacement(b, Matcher.quoteReplacement("(" + e.group(1) + " \\cdot 10^{" + power
          + "})"));
    }
    e.appendTail(b);
    return join(b.toString());
  }

  private static String join(String latex) {
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
