package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup around or between formulas that carries no maths: {@code \boxed{…}} (ChatGPT's final
 * answer, MathJax's {@code \bbox[…]{…}}) is its content, and amsmath's {@code \intertext{…}} and
 * {@code \shortintertext{…}} (prose between two rows of an align) end a row. Unread, both made
 * the formula "not checked: cannot read", and a wrong boxed answer, or the row after the prose,
 * went through with exit 0 (a new user). Line breaks inside the markup are kept, so rows keep
 * their lines.
 */
final class LatexWrappers {
  private static final Pattern WRAPPER = Pattern.compile(
      "\\\\(boxed|bbox\\s*\\[[^\\]]*\\]|intertext|shortintertext)\\s*\\{");

  private LatexWrappers() {}

  /** {@code latex} with each box replaced by its content and each intertext by a row break. */
  static String unwrap(String latex) {
    if (!latex.contains("box") && !latex.contains("intertext")) {
      return latex;
    }
    StringBuilder out = new StringBuilder();
    int from = 0;
    Matcher m = WRAPPER.matcher(latex);
    while (m.find(from)) {
      int close = TexMacros.closing(latex, m.end() - 1); // m ends at the opening brace
      if (close < 0) {
        break;
      }
      String inside = latex.substring(m.end(), close);
      out.append(latex, from, m.start());
      if (m.group(1).endsWith("intertext")) {
        out.append(" \\\\ ").append(inside.replaceAll("[^\n]", ""));
      } else {
        out.append(unwrap(inside));
      }
      from = close + 1;
    }
    return out.append(latex.substring(from)).toString();
  }
}
