package gradlab.check;

import java.util.regex.Pattern;

/**
 * Which of the two formats a derivation is written in: Markdown with LaTeX, or the engine-syntax
 * format ({@link DocumentChecker}). Any math delimiter of LaTeX-in-Markdown makes it Markdown:
 * inline {@code $…$}, {@code $$} (also alone on its line), {@code \[…\]}, {@code \(…\)} or
 * {@code \begin{…}}; the engine-syntax format has none of them.
 */
public final class DocumentFormat {
  private static final Pattern INLINE_MATH = Pattern.compile("\\$[^$\\n]+\\$");
  private static final Pattern LATEX_DELIMITER = Pattern.compile(
      "\\$\\$|\\\\\\[|\\\\\\(|\\\\begin\\{");

  private DocumentFormat() {}

  /** Whether {@code text} is Markdown with LaTeX rather than the engine-syntax format. */
  public static boolean isMarkdown(String text) {
    return INLINE_MATH.matcher(text).find() || LATEX_DELIMITER.matcher(text).find();
  }
}
