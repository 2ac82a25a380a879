package gradlab.check;

import java.util.regex.Pattern;

/**
 * Inline math broken over two lines, as a bullet's chain is typed ("- $L = 3 + 4$" is one line,
 * "- $L = 3 + 4\n  = 7$" two): Markdown renders it as one formula, and the reader had dropped it
 * without a word (found by a new-user tester). It is math where it spans at most one line break,
 * no blank line, and its dollars hug the formula as Pandoc requires ({@code $x}, {@code x$}):
 * "costs $5 and\n$10" is prose. A LaTeX environment opened and closed inside it may span up to
 * three breaks: d2l's natural parameters {@code $\eta = \begin{bmatrix} \eta_1 \\ \eta_2⏎
 * \end{bmatrix} = \begin{bmatrix} \frac{\mu}{\sigma^2} \\⏎\frac{1}{2 \sigma^2}
 * \end{bmatrix}$} in a bullet had been dropped, and η₁, η₂ were "not defined" after it.
 */
final class InlineAcrossLines {
  private static final Pattern RELATION = Pattern.compile("=|<|>|\\\\[lg]eq?|\\\\approx|≤|≥");
  /** An environment opened and closed in the span ({@code \begin{bmatrix}…\end{bmatrix}}). */
  private static final Pattern ENVIRONMENT =
      Pattern.compile("(?s)\\\\begin\\{([A-Za-z]+\\*?)\\}.*\\\\end\\{\\1\\}");
  /** The most line breaks an inline formula with an environment may span. */
  private static final int MAX_BREAKS = 3;

  private InlineAcrossLines() {}

  /** Whether {@code body}, the text between two single dollars that holds a line break, is math. */
  static boolean isMath(String body) {
    if (body.isEmpty() || Character.isWhitespace(body.charAt(0))
        || Character.isWhitespace(body.charAt(body.length() - 1))) {
      return false;
    }
    long breaks = body.chars().filter(c -> c == '\n').count();
    return (breaks == 1 || breaks <= MAX_BREAKS && ENVIRONMENT.matcher(body).find())
        && !body.contains("\n\n") && !body.matches("(?s).*\\n\\s*\\n.*")
        && RELATION.matcher(body).find() && !body.matches("(?s)^[0-9].*\\n.*");
  }
}
