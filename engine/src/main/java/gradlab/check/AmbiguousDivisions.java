package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A division by a number written against a letter or a bracket in plain text, {@code 1/2x},
 * {@code x^2/2x}, {@code 1/2(x + 1)}: half of x to some readers, one over 2x to others. The
 * parser took the first reading alone, so {@code y = 1/2x} then the true (under the second
 * reading) {@code dy/dx = -1/(2x^2)} was refuted, and {@code at x = 2: 1/2x = 0.25} too (user44).
 * Such a line is "not checked: ambiguous" with both readings named, and a name it defines is
 * held unread, so no later step is checked against one reading.
 */
final class AmbiguousDivisions {
  /** A number or name or closing bracket, '/', a number, then a letter or '(' with no space. */
  private static final Pattern SPLIT = Pattern.compile(
      "(?<![A-Za-z0-9_.])(\\d+(?:\\.\\d+)?|[A-Za-z][A-Za-z0-9_]*|\\))\\s*/\\s*"
      + "(\\d+(?:\\.\\d+)?)(\\p{L}[\\p{L}0-9_]*(?:\\^\\d+|²|³)?|\\()");
  /** The name a line defines: the last name (or call) before its first '='. */
  private static final Pattern HEAD = Pattern.compile(
      "^(?:.*?[^A-Za-z0-9_'])?([A-Za-z][A-Za-z0-9_]*)\\s*(\\([^()=]*\\))?\\s*=(?!=)");

  private AmbiguousDivisions() {}

  /** The words naming the two readings of the first ambiguous division in {@code text}, or null. */
  static String readings(String text) {
    Matcher m = SPLIT.matcher(text);
    if (!m.find() || text.indexOf('=') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) {
      return null;
    }
    String num = m.group(1);
    String den = m.group(2);
    String rest = m.group(3);
    String typed = num + "/" + den + rest;
    String factor = rest.equals("(") ? "(…)" : rest;
    return typed + (rest.equals("(") ? "…)" : "") + " has two readings, (" + num + "/" + den
        + ")·" + factor + " or " + num + "/(" + den + factor + ")";
  }

  /**
   * Where {@code text} has such a division: the line is not checked, a name it defines is held
   * unread for the steps after it, and true is returned.
   */
  static boolean readInPlace(DocumentRun run, int line, String text) {
    String readings = readings(text);
    if (readings == null) {
      return false;
    }
    Matcher head = HEAD.matcher(text);
    boolean named = head.find();
    reportInPlace(run, line, text, readings, "write the brackets you mean",
        named ? head.group(1) : null, named ? head.group(1) : null,
        named && head.group(2) != null);
    return true;
  }

  /**
   * {@code statement} reported "not checked: ambiguous" with its {@code readings}; the name it
   * defines (engine syntax, or null), shown as {@code shownName}, held unread for the steps
   * after it ({@link LatexAmbiguousDivisions} reports LaTeX math the same way).
   */
  static void reportInPlace(DocumentRun run, int line, String statement, String readings,
      String hint, String name, String shownName, boolean function) {
    run.notChecked(line, statement.strip(), "ambiguous: " + readings + "; " + hint);
    if (name == null) {
      return;
    }
    if (function) { // f(x) = 1/2x^2: f is no function of either reading alone
      run.ctx = run.ctx.withoutFunction(name);
      run.unread.put(name, line);
    }
    run.untaken.heldInPlace(run, name, line, "ambiguous: " + shownName + " is defined on line "
        + line + " through " + readings.replaceFirst(" has two", ", which has two"));
  }
}
