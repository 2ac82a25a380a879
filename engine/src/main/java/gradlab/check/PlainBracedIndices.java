package gradlab.check;

import java.util.regex.Pattern;

/**
 * An index typed in braces or brackets in a plain-text line, written as the plain index it
 * means: {@code w_{ij}} and {@code w_{i,j}} as w_ij, {@code W[1,2]} and {@code W[1][2]} as W_12,
 * {@code x[3]} as x_3, so that {@link PlainNames} gives them the one name the LaTeX reader
 * gives w_{ij}, w_{i,j} and W[1,2]. Before, plain w_{ij} and w_{i,j} were not the name w_ij
 * ("wij is not defined" right after "f = w_{ij} x"), w_{i,j} was w times the list [i, j], and
 * W[1,2] was the call W(1, 2) (a new user, issue 12). An index with a sign or an equals sign
 * (x_{t-1}, sum_{i=1}) and a bracket after a space, a word or a "~" (eps ~ U[0,1]) are left as
 * typed. Stateless.
 */
final class PlainBracedIndices {
  /** A name, then _{…} of letters and digits with optional commas between them. */
  private static final Pattern BRACED = Pattern.compile(
      "(?<![A-Za-z0-9_\\\\])([A-Za-z][A-Za-z0-9]*)_\\{([A-Za-z0-9]+(?:,\\s?[A-Za-z0-9]+)*)\\}");
  /** One letter, then [d], [d,d] or [d][d], not after a letter, a backslash or a "~". */
  private static final Pattern BRACKETED = Pattern.compile(
      "(?<![A-Za-z0-9_\\\\])(?<!~\\s{0,3})(?<!∼\\s{0,3})(?<!sim\\s{0,3})([A-Za-z])"
      + "\\[(\\d)(?:\\s*,\\s*(\\d)\\]|\\]\\[(\\d)\\]|\\])(?![\\[(])");

  /** A name right after the d of a derivative, dw_{12} or dW[1,2], with its index. */
  private static final Pattern AFTER_D = Pattern.compile("(?<![A-Za-z0-9_])(d\\s*)([A-Za-z]"
      + "[A-Za-z0-9]*_\\{[A-Za-z0-9, ]+\\}|[A-Za-z]\\[\\d(?:\\s*,\\s*\\d)?\\](?:\\[\\d\\])?)");

  private PlainBracedIndices() {}

  /**
   * {@code plain} with only the names after a derivative's d flattened, dh_1/dw_{12} as
   * dh_1/dw_12 (which dL/dw reads; it was "depends on [dh_1, dw_12]"); the rest stays as typed,
   * so the report shows W[1,2] where the text wrote it.
   */
  static String afterD(String plain) {
    if (plain.indexOf('{') < 0 && plain.indexOf('[') < 0) {
      return plain;
    }
    return AFTER_D.matcher(plain).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
        m.group(1) + flat(m.group(2))));
  }

  /** {@code plain} with braced and bracketed indices written after a plain underscore. */
  static String flat(String plain) {
    String s = plain;
    if (s.indexOf('[') >= 0) {
      s = BRACKETED.matcher(s).replaceAll(m -> m.group(1) + "_" + m.group(2)
          + (m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : ""));
    }
    if (s.indexOf("_{") < 0) {
      return s;
    }
    return BRACED.matcher(s).replaceAll(m -> m.group(1) + "_"
        + m.group(2).replaceAll(",\\s?", ""));
  }
}
