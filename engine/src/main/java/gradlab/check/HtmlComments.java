package gradlab.check;

import java.util.regex.Pattern;

/**
 * HTML comments of a Markdown text, {@code <!-- … -->}: not shown, so not read for math. A note
 * "<!-- first try, with \begin{align} -->" opened an environment that swallowed the display math
 * after it (every step "not checked: cannot read", found by a new user). A comment is blanked
 * (spaces, its line breaks kept, so every later line number stands); an unclosed one is left as
 * typed. Stateless.
 */
final class HtmlComments {
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern NOT_A_BREAK = Pattern.compile("[^\n]");

  private HtmlComments() {}

  /** {@code text} with its comments blanked; the same length, the same line breaks. */
  static String blanked(String text) {
    return COMMENT.matcher(text).replaceAll(m -> NOT_A_BREAK.matcher(m.group()).replaceAll(" "));
  }
}
