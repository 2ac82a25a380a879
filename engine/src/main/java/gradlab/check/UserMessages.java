package gradlab.check;

import gradlab.symbolic.MathSyntaxException;
import java.util.regex.Pattern;

/**
 * Why a step could not be read, in the reader's words: a parser's own message ("unexpected
 * (named unicode) character: '\[RawBackslash]'", "Operator: &amp; is no prefix operator.") is
 * never shown; the step is named as unreadable, with a hint where the cause is clear (LaTeX in
 * a file read as the engine-syntax format).
 */
final class UserMessages {
  private static final Pattern LATEX = Pattern.compile("\\\\[A-Za-z]|&|\\\\[\\[\\]{}]");
  private static final Pattern ESCAPE = Pattern.compile("\\\\u[0-9a-fA-F]{4}");

  private UserMessages() {}

  /** One line for the report on a step whose reading failed with {@code e}. */
  static String unreadable(Throwable e) {
    String message = e == null || e.getMessage() == null ? "" : e.getMessage();
    String first = message.lines().findFirst().orElse("").strip();
    if (!(e instanceof MathSyntaxException) && !first.startsWith("syntax error")) {
      return first.isEmpty() ? "the step could not be read" : first;
    }
    String input = e instanceof MathSyntaxException m ? m.input() : "";
    // the parser names a character by its backslash-u escape ("Token:12"): not LaTeX (a plain
    // "x = [1, 2, 3, 4]" was told to use $…$, found by a new user)
    if (LATEX.matcher(input).find() || LATEX.matcher(ESCAPE.matcher(message).replaceAll(""))
        .find()) {
      return "cannot read: LaTeX in a file read as the engine-syntax format (put the math "
          + "between $…$ or $$…$$, or pass --format markdown)";
    }
    // "(yhat - y*h": say the bracket is missing (the summary read "uses not engine syntax")
    String brackets = gradlab.math.Brackets.hint(input, null);
    return brackets != null ? "cannot read: " + brackets + " ('" + typed(input) + "')"
        : "cannot read: not engine syntax" + (input.isEmpty() ? "" : " ('" + typed(input) + "')");
  }

  private static final Pattern DD = Pattern.compile("(?<![A-Za-z0-9_])dd\\(");
  private static final Pattern PD = Pattern.compile("(?<![A-Za-z0-9_])pd\\(\\s*([A-Za-z][A-Za-z0-9]*)"
      + "\\s*,\\s*([A-Za-z][A-Za-z0-9]*)\\s*\\)");

  /**
   * A plain-text line as the student typed it, not with the reader's internal forms: dd(…) is
   * diff(…), pd(L, w) is dL/dw (both had leaked into messages, found by a new-user tester).
   */
  static String typed(String engineInput) {
    return PD.matcher(DD.matcher(engineInput).replaceAll("diff(")).replaceAll("d$1/d$2");
  }

  private static final java.util.regex.Pattern UNKNOWN_FUNCTION = java.util.regex.Pattern.compile(
      "unknown function '([^']+)'.*", java.util.regex.Pattern.DOTALL);

  /**
   * A reading failure for the report: "unknown function 'capn'; hint: ?name lists …" (the
   * console's words, with the engine's name) becomes "a function the text does not define: N(…)"
   * (found by a lecturer tester writing \mathcal{N}(μ, σ²)).
   */
  static String failure(String message) {
    java.util.regex.Matcher m = UNKNOWN_FUNCTION.matcher(message == null ? "" : message);
    return m.matches() ? "a function the text does not define: " + LatexNames.readable(m.group(1))
        + "(…)" : message;
  }
}
