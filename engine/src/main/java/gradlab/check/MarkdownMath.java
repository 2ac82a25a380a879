package gradlab.check;

import java.util.ArrayList;
import java.util.List;

/** The {@code $$…$$} and {@code $…$} segments of a Markdown text, with their first line. */
final class MarkdownMath {
  /**
   * One math segment.
   *
   * @param prose the text between the previous segment and this one (for "at", "for", headings)
   * @param error why the segment could not be delimited (an unclosed $$), or null
   */
  record Segment(int line, String latex, boolean display, String prose, String error) {}

  private MarkdownMath() {}

  static List<Segment> segments(String text) {
    List<Segment> out = new ArrayList<>();
    int i = 0;
    int proseStart = 0;
    while (i < text.length()) {
      int open = text.indexOf('$', i);
      Bracketed b = bracketed(text, i, open < 0 ? text.length() : open);
      if (b != null) {
        out.add(new Segment(lineOf(text, b.start()), b.body(), b.display(),
            text.substring(proseStart, b.start()), b.error()));
        if (b.error() != null) {
          break;
        }
        i = b.end();
        proseStart = i;
        continue;
      }
      if (open < 0) {
        break;
      }
      if (open > 0 && text.charAt(open - 1) == '\\') {
        i = open + 1;
        continue;
      }
      boolean display = text.startsWith("$$", open);
      String delim = display ? "$$" : "$";
      int close = text.indexOf(delim, open + delim.length());
      if (close < 0 && display) {
        String rest = text.substring(open + 2);
        out.add(new Segment(lineOf(text, open), rest.lines().findFirst().orElse("").strip(),
            true, text.substring(proseStart, open), "unclosed $$ (no closing $$ after it)"));
        break;
      }
      if (close < 0) {
        break;
      }
      String body = text.substring(open + delim.length(), close);
      if (!display && body.contains("\n") && !InlineAcrossLines.isMath(body)) {
        i = open + 1; // a lone dollar sign, not math
        continue;
      }
      out.add(new Segment(lineOf(text, open), body, display, text.substring(proseStart, open),
          null));
      i = close + delim.length();
      proseStart = i;
    }
    return out;
  }

  /** Math delimited by LaTeX rather than dollars: \\[…\\], \\(…\\), \\begin{align}…. */
  private record Bracketed(int start, int end, String body, boolean display, String error) {}

  private static final java.util.regex.Pattern OPENING = java.util.regex.Pattern.compile(
      "\\\\\\[|\\\\\\(|\\\\begin\\{(align|equation|eqnarray|gather|multline|aligned|split|alignat|flalign)"
      + "(\\*?)\\}");

  /** The first LaTeX-delimited segment starting in [from, before), or null. */
  private static Bracketed bracketed(String text, int from, int before) {
    java.util.regex.Matcher m = OPENING.matcher(text).region(from, before);
    if (!m.find()) {
      return null;
    }
    int start = m.start();
    String close = m.group(1) != null ? "\\end{" + m.group(1) + m.group(2) + "}"
        : m.group().equals("\\[") ? "\\]" : "\\)";
    int end = text.indexOf(close, m.end());
    if (end < 0) {
      return new Bracketed(start, text.length(), text.substring(m.end()).lines().findFirst()
          .orElse("").strip(), true, "unclosed " + m.group() + " (no " + close + " after it)");
    }
    boolean environment = m.group(1) != null;
    String body = environment ? text.substring(start, end + close.length())
        : text.substring(m.end(), end);
    return new Bracketed(start, end + close.length(), body, !m.group().equals("\\("), null);
  }

  private static int lineOf(String text, int offset) {
    int line = 1;
    for (int k = 0; k < offset; k++) {
      if (text.charAt(k) == '\n') {
        line++;
      }
    }
    return line;
  }
}
