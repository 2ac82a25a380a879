package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Assignments: an update rule {@code w \leftarrow w - \eta \frac{\partial C}{\partial w}} (also
 * {@code \gets}, ←, and {@code :=} of a name that occurs on its own right side) gives a name a
 * new value; it is never a claim, and is shown as an update. {@code u := x y} of a name not on
 * its right side is a definition, read as {@code u = x y}.
 */
final class UpdateRules {
  private static final Pattern ARROW = Pattern.compile(
      "\\\\(?:leftarrow|gets)(?![A-Za-z])|←");
  private static final Pattern COLON_EQUALS = Pattern.compile(":\\s*=|\\\\coloneqq(?![A-Za-z])");

  private UpdateRules() {}

  /** The note of an update rule in the report. */
  static final String NOTE = "update rule: an assignment, not a claim";

  /**
   * The value "w ← …" assigns (the last term after the arrow), which a column "&& = …" after
   * it continues (d2l's minibatch update written out); null without a left arrow.
   */
  static String assignedValue(String statement) {
    int at = topLevel(ARROW, statement);
    Matcher m = ARROW.matcher(statement);
    if (at < 0 || !m.find(at)) {
      return null;
    }
    var terms = ChainSplitter.split(statement.substring(m.end())).terms();
    return terms.getLast().isBlank() ? null : terms.getLast().strip();
  }

  /** The name left of the arrow of "w ← …", as written; null without a left arrow. */
  static String assignedName(String statement) {
    int at = topLevel(ARROW, statement);
    return at < 0 ? null : statement.substring(0, at).replace("&", " ").strip();
  }

  /**
   * The chain after the arrow of "w ← 0.5 − 0.1·0.0339 = 0.4966", whose links are claims (the
   * arithmetic of an update was never checked, found by a new user); null when the right side
   * is one term.
   */
  static String chainAfterArrow(String statement) {
    int at = topLevel(ARROW, statement);
    if (at < 0) {
      return null;
    }
    Matcher m = ARROW.matcher(statement);
    if (!m.find(at)) {
      return null;
    }
    String after = statement.substring(m.end());
    return ChainSplitter.split(after).terms().size() >= 2 ? after : null;
  }

  /** Whether {@code statement} assigns a new value to a name rather than stating a relation. */
  static boolean isUpdate(String statement) {
    int at = topLevel(ARROW, statement);
    if (at >= 0) {
      return true;
    }
    if (rightArrowUpdate(statement) != null) {
      return true;
    }
    Matcher m = COLON_EQUALS.matcher(statement);
    int c = topLevel(COLON_EQUALS, statement);
    if (c < 0 || !m.find(c)) {
      return false;
    }
    return occursIn(statement.substring(0, c).strip(), statement.substring(m.end()));
  }

  /**
   * The new value of a learning rule written with an arrow, Nielsen's
   * {@code w \rightarrow w' = w - \eta \frac{\partial C}{\partial w}} (also in eqnarray's
   * {@code w & \rightarrow & …}): a name (with scripts) left of {@code \rightarrow} or
   * {@code \to} that occurs again on the right. Null for any other row (an implication).
   */
  static String arrowUpdate(String row) {
    Matcher m = ARROW_ROW.matcher(row.replace("&", " "));
    if (!m.matches()) {
      return null;
    }
    String name = m.group(1).replaceAll("\\s+", "");
    String rest = m.group(2).strip();
    String base = name.replaceAll("[_^'].*", "");
    return !rest.isEmpty() && occursIn(base, rest) ? rest : null;
  }

  private static final Pattern ARROW_ROW = Pattern.compile("(?s)\\s*([A-Za-z](?:\\s*[_^]"
      + "(?:\\{[^{}]*\\}|[A-Za-z0-9]))*'?)\\s*\\\\(?:long)?(?:rightarrow|to)(?![A-Za-z])(.*)");

  /**
   * Nielsen's learning rules {@code w \rightarrow w - \eta \frac{\partial C}{\partial w}},
   * {@code b \to b'}: a single name, a right arrow, and a right side in which the name occurs
   * (also as {@code w'}). Returns the right side, or null where the statement is not one (an
   * arrow after a formula is an implication: {@code f = x y \rightarrow \frac{df}{dx} = y}).
   */
  static String rightArrowUpdate(String statement) {
    int at = topLevel(RIGHT_ARROW, statement);
    if (at < 0) {
      return null;
    }
    Matcher m = RIGHT_ARROW.matcher(statement);
    m.find(at);
    String name = statement.substring(0, at).strip();
    String rhs = statement.substring(m.end());
    return NAME.matcher(name).matches() && occursIn(name, rhs) ? rhs : null;
  }

  /** A name as written: a letter or Greek command, with an optional subscript. */
  private static final Pattern NAME = Pattern.compile(
      "(?:[A-Za-z]|\\\\[a-z]+)(?:_(?:\\{[A-Za-z0-9]{1,4}\\}|[A-Za-z0-9]))?");
  private static final Pattern RIGHT_ARROW = Pattern.compile(
      "\\\\(?:long)?rightarrow(?![A-Za-z])|\\\\to(?![A-Za-z])|→");

  /**
   * The name and the value of a {@code :=} update, CS229's {@code \theta_1 := \theta_1 - \alpha
   * …} (the name occurs on its right side); null for any other statement.
   */
  static String[] colonUpdate(String statement) {
    int c = topLevel(COLON_EQUALS, statement);
    if (c < 0 || topLevel(ARROW, statement) >= 0 || !isUpdate(statement)) {
      return null;
    }
    Matcher m = COLON_EQUALS.matcher(statement);
    m.find(c);
    var terms = ChainSplitter.split(statement.substring(m.end())).terms();
    String name = statement.substring(0, c).replace("&", " ").strip();
    return terms.getLast().isBlank() || name.isEmpty() ? null
        : new String[] {name, terms.getLast().strip()};
  }

  /** {@code u := x y} as {@code u = x y}; any other statement unchanged. */
  static String asDefinition(String statement) {
    int c = topLevel(COLON_EQUALS, statement);
    if (c < 0) {
      return statement;
    }
    Matcher m = COLON_EQUALS.matcher(statement);
    m.find(c);
    return statement.substring(0, c) + "=" + statement.substring(m.end());
  }

  private static boolean occursIn(String name, String rhs) {
    return !name.isEmpty() && Pattern.compile("(?<![A-Za-z\\\\])" + Pattern.quote(name)
        + "(?![A-Za-z])").matcher(rhs).find();
  }

  /** The start of the first match of {@code p} outside braces and brackets, or -1. */
  private static int topLevel(Pattern p, String s) {
    Matcher m = p.matcher(s);
    while (m.find()) {
      int depth = 0;
      for (int i = 0; i < m.start(); i++) {
        char ch = s.charAt(i);
        depth += ch == '{' || ch == '(' || ch == '[' ? 1 : ch == '}' || ch == ')' || ch == ']'
            ? -1 : 0;
      }
      if (depth == 0) {
        return m.start();
      }
    }
    return -1;
  }
}
