package gradlab.script;

import jdk.jshell.SourceCodeAnalysis;

/**
 * Splits a script into JShell snippets, one at a time, each with its line. JShell's
 * {@code analyzeCompletion} is given a window of a few lines, doubled while the first snippet
 * may run past it, never the whole rest of the file: on a 200 000-line script the rest is
 * megabytes, and analysing it once per snippet made the split quadratic. Lines are counted as
 * the split goes, for the same reason. Not thread-safe.
 */
final class SnippetSource {
  /** A snippet, the line of its first character, and whether the file ended inside it. */
  record Piece(String source, int line, boolean incomplete) {}

  private static final int FIRST_WINDOW_LINES = 8;
  private final SourceCodeAnalysis analysis;
  private final String text;
  private int pos;
  private int line = 1;

  SnippetSource(SourceCodeAnalysis analysis, String text) {
    this.analysis = analysis;
    this.text = text;
  }

  /** The next snippet, or null at the end of the text. */
  Piece next() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      line += text.charAt(pos) == '\n' ? 1 : 0;
      pos++;
    }
    if (pos >= text.length()) {
      return null;
    }
    int eol = text.indexOf('\n', pos);
    String first = text.substring(pos, eol < 0 ? text.length() : eol).strip();
    if (simpleStatement(first)) {
      pos = eol < 0 ? text.length() : eol;
      return new Piece(first, line, false);
    }
    for (int lines = FIRST_WINDOW_LINES; ; lines *= 2) {
      int end = endOfLines(pos, lines);
      String window = text.substring(pos, end);
      SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(window);
      boolean incomplete = info.source() == null
          || info.completeness() == SourceCodeAnalysis.Completeness.DEFINITELY_INCOMPLETE;
      // the snippet ends inside the window only when a real token follows it there (an
      // 'else' after a comment line still belongs to the 'if')
      if (end < text.length() && (incomplete || onlyComments(info.remaining()))) {
        continue;
      }
      int start = line;
      if (incomplete) {
        String rest = text.substring(pos);
        pos = text.length();
        return new Piece(rest, start, true);
      }
      int consumed = window.length() - info.remaining().length();
      for (int i = pos; i < pos + consumed; i++) {
        line += text.charAt(i) == '\n' ? 1 : 0;
      }
      pos += consumed;
      return new Piece(info.source(), start, false);
    }
  }

  /** Lines in the whole text, for progress. */
  int lineCount() {
    return (int) text.chars().filter(c -> c == '\n').count() + (text.endsWith("\n") ? 0 : 1);
  }

  private int endOfLines(int from, int lines) {
    int i = from;
    for (int n = 0; n < lines && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return i;
  }

  /**
   * True for a line that is one whole expression statement, so that JShell's analysis (about a
   * third of a millisecond a line) can be skipped: it fits a {@link StatementBatch}, ends with
   * its only {@code ;}, and has no quote, comment, brace or unbalanced bracket that could carry
   * it onto the next line. Nothing can continue such a statement on a later line.
   */
  static boolean simpleStatement(String line) {
    if (!line.endsWith(";") || line.indexOf(';') != line.length() - 1
        || !StatementBatch.isExpressionStatement(line)) {
      return false;
    }
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      switch (c) {
        case '"', '\'', '{', '}', '\\' -> {
          return false;
        }
        case '/' -> {
          if (i + 1 < line.length() && (line.charAt(i + 1) == '/' || line.charAt(i + 1) == '*')) {
            return false;
          }
        }
        case '(', '[' -> depth++;
        case ')', ']' -> {
          if (--depth < 0) {
            return false;
          }
        }
        default -> { }
      }
    }
    return depth == 0;
  }

  /** True when s holds nothing but white space and comments. */
  static boolean onlyComments(String s) {
    int i = 0;
    while (i < s.length()) {
      if (Character.isWhitespace(s.charAt(i))) {
        i++;
      } else if (s.startsWith("//", i)) {
        int nl = s.indexOf('\n', i);
        i = nl < 0 ? s.length() : nl + 1;
      } else if (s.startsWith("/*", i)) {
        int close = s.indexOf("*/", i + 2);
        i = close < 0 ? s.length() : close + 2;
      } else {
        return false;
      }
    }
    return true;
  }
}
