package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Code in a Markdown text is not math: a {@code `$x = 1$`} quoted in a code span, or
 * {@code w = 2  # $w = 2$} in a fenced block, named points that turned a wrong gradient into a ✓
 * (found by a new user). Code spans and fenced blocks are blanked (spaces, the line breaks kept,
 * so every later line number stands). GitLab's math forms stay math: {@code $`x^2`$} (its
 * backticks blanked) and a {@code ```math} block (its fences made {@code $$}). Whole-number
 * arithmetic in a fenced block stays, as inline math ({@link CodeBlockArithmetic}).
 */
final class MarkdownCode {
  /** An opening fence: up to three spaces, then three or more backticks or tildes, an info. */
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^`\\s]*).*$");

  private MarkdownCode() {}

  /**
   * {@code text} with its code blanked; the same line breaks, the same length but where a kept
   * code row's math ends a character or two past its line's end.
   */
  static String blanked(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String[] lines = text.split("\n", -1);
    String closing = null; // the fence that ends the open block, or null outside one
    boolean math = false;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (i > 0) {
        out.append('\n');
      }
      Matcher m = FENCE.matcher(line);
      if (closing == null && m.matches()) {
        closing = m.group(1);
        math = m.group(2).equalsIgnoreCase("math");
        out.append(math ? padded("$$", line.length()) : " ".repeat(line.length()));
      } else if (closing != null) {
        char fence = closing.charAt(0);
        boolean ends = line.strip().startsWith(closing)
            && line.strip().chars().allMatch(c -> c == fence);
        if (ends) {
          out.append(math ? padded("$$", line.length()) : " ".repeat(line.length()));
          closing = null;
        } else {
          out.append(math ? line : CodeBlockArithmetic.kept(line)); // (3*3*64)*64 = 36,864
        }
      } else {
        out.append(line);
      }
    }
    return spans(out.toString());
  }

  /**
   * Code spans: a run of backticks up to the next run of the same length in the same paragraph
   * (CommonMark); an unmatched run is literal.
   */
  private static String spans(String text) {
    StringBuilder out = new StringBuilder(text);
    int i = 0;
    while (i < text.length()) {
      if (text.charAt(i) != '`') {
        i++;
        continue;
      }
      int run = runAt(text, i);
      int close = closing(text, i + run, run);
      if (close < 0) {
        i += run;
        continue;
      }
      boolean gitlabMath = i > 0 && text.charAt(i - 1) == '$' && close + run < text.length()
          && text.charAt(close + run) == '$';
      for (int k = i; k < close + run; k++) {
        boolean tick = k < i + run || k >= close;
        if ((tick || !gitlabMath) && text.charAt(k) != '\n') {
          out.setCharAt(k, ' ');
        }
      }
      i = close + run;
    }
    return out.toString();
  }

  private static int runAt(String text, int i) {
    int j = i;
    while (j < text.length() && text.charAt(j) == '`') {
      j++;
    }
    return j - i;
  }

  /** The start of the next run of exactly {@code run} backticks before a blank line, or −1. */
  private static int closing(String text, int from, int run) {
    int paragraphEnd = text.indexOf("\n\n", from);
    int end = paragraphEnd < 0 ? text.length() : paragraphEnd;
    int j = from;
    while (j < end) {
      if (text.charAt(j) != '`') {
        j++;
        continue;
      }
      int r = runAt(text, j);
      if (r == run) {
        return j;
      }
      j += r;
    }
    return -1;
  }

  private static String padded(String s, int length) {
    return s + " ".repeat(Math.max(0, length - s.length()));
  }
}
