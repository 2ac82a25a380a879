package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The statements of one row of display math, split at spacing and implication arrows. */
final class RowStatements {
  /** A name given a number, then a colon, opening a row: {@code k = 25:}, not {@code 3:4}. */
  private static final Pattern POINT_LABEL = Pattern.compile("^(\\s*\\\\?[A-Za-z]+"
      + "(?:_\\{?[A-Za-z0-9]+\\}?)?\\s*=\\s*[-+]?\\d+(?:\\.\\d+)?)\\s*:(?![=\\d])");

  private RowStatements() {}

  /**
   * The statements of one row: separated at top level by spacing ({@code \\quad},
   * {@code \\qquad}, {@code \\hspace{…}}) or by an implication arrow ({@code \\rightarrow},
   * {@code \\Rightarrow}, {@code \\implies}, …), as in CS231n's
   * {@code f = x y \\hspace{0.5in} \\rightarrow \\hspace{0.5in} ∂f/∂x = y}. An arrow inside
   * braces ({@code \\lim_{x \\to 0}}) stays.
   */
  static List<String> statements(String row) {
    // Goodfellow's "k = 25: \quad α = …": the point of the row, as the plain text's "t = 1:"
    // (the colon was "unexpected ':'", and k "defined in a way the checker does not read")
    row = POINT_LABEL.matcher(row).replaceFirst("$1 \\\\quad ");
    row = PlusMinusPairs.split(row); // u_\pm = ½(1 ± √…): the two roots, one statement each
    row = RowDomains.asFor(row); // "= 0 \qquad (x < 0)": the formula's domain, not a claim
    Matcher m = SEPARATOR.matcher(row);
    List<String> out = new ArrayList<>();
    int depth = 0;
    int start = 0;
    int scanned = 0;
    boolean conditional = false;
    boolean equivalent = false;
    String previous = "";
    int previousAt = 0;
    while (m.find()) {
      for (; scanned < m.start(); scanned++) {
        char ch = row.charAt(scanned);
        depth += ch == '{' || ch == '(' || ch == '[' ? 1 : ch == '}' || ch == ')' || ch == ']'
            ? -1 : 0;
      }
      if (depth == 0 && UpdateRules.rightArrowUpdate(row.substring(start)) != null
          && row.substring(start, m.start()).strip().length() <= 12) {
        continue; // w \rightarrow w - η ∂C/∂w: a learning rule, one statement
      }
      Matcher word = CONNECTIVE_WORD.matcher(m.group());
      if (word.matches()) {
        String before = row.substring(start, m.start());
        if (depth != 0 || before.isBlank() || ChainSplitter.split(before).relations().isEmpty()) {
          continue; // "\\text{for } x > 0" opening the row, or words inside a formula
        }
        String w = word.group(1);
        String after = row.substring(m.end());
        List<String> rest = statements(after);
        if (CONDITIONS.contains(w)) { // A \\text{ for } x > 0: the condition first, then A
          rest.forEach(r -> out.add(HYPOTHESIS + r));
          addParts(out, before, conditional, equivalent);
        } else if (w.equals("where") || w.equals("with")) { // A where σ(z) = …: B read first
          out.addAll(rest);
          addParts(out, before, conditional, equivalent);
        } else {
          addParts(out, before, conditional, equivalent);
          out.addAll(rest);
        }
        return out;
      }
      boolean spacing = m.group().startsWith("\\q") || m.group().startsWith("\\h");
      boolean conjunction = CONJUNCTION.matcher(m.group()).matches(); // A \text{ and } B
      boolean hence = conjunction && m.group().contains("hence");
      boolean words = !conjunction
          && (m.group().startsWith("\\t") || m.group().startsWith("\\m"));
      if (depth == 0 && !(spacing && SpacingCommands.insideChain(row, start, m))) {
        String part = row.substring(start, m.start());
        boolean arrow = !spacing && !words && !conjunction || hence; // "and hence": ⟹
        if (arrow && !part.isBlank() && !defining(part)) {
          conditional = true; // A ⟹ B asserts B given A: neither is a claim on its own here
        } else if (arrow && part.isBlank() && !conditional && !out.isEmpty()
            && !defining(previous)) { // A \quad\Rightarrow\quad B: A came before the spacing
          for (int i = previousAt; i < out.size(); i++) {
            out.set(i, CONDITIONAL + out.get(i));
          }
          conditional = true;
        }
        if (!part.isBlank()) {
          previous = part;
          previousAt = out.size();
        }
        addParts(out, part, conditional, equivalent && !part.isBlank());
        equivalent = words || equivalent && part.isBlank();
        start = m.end();
      }
    }
    addParts(out, row.substring(start), conditional, equivalent);
    return out;
  }

  /** f(x, y) = …, f_c(x) = …: a premise that defines, so what follows the arrow is read. */
  private static boolean defining(String part) {
    int eq = part.indexOf('=');
    return eq > 0 && FunctionHeads.parse(part.substring(0, eq)) != null;
  }

  /**
   * A remark in brackets after spacing, Parr and Howard's {@code u_4 = ln(u_3) \quad (y = u_4)}:
   * the formula inside, a statement of its own. Brackets that close before the end
   * ({@code (a + b)(a - b) = …}) stay.
   */
  static String unbracketed(String statement) {
    String inner = unbracketedAny(statement);
    return inner.equals(statement) || ChainSplitter.split(inner).relations().isEmpty()
        ? statement : inner;
  }

  /** {@code (a + b)} without its brackets where they enclose it all; anything else as it is. */
  static String unbracketedAny(String s) {
    String t = s.strip();
    if (t.length() < 2 || t.charAt(0) != '(' || t.charAt(t.length() - 1) != ')') {
      return s;
    }
    int depth = 0;
    for (int i = 0; i < t.length() - 1; i++) {
      depth += t.charAt(i) == '(' ? 1 : t.charAt(i) == ')' ? -1 : 0;
      if (depth == 0) {
        return s;
      }
    }
    return t.substring(1, t.length() - 1);
  }

  private static void addParts(List<String> out, String statement, boolean conditional,
      boolean equivalent) {
    if (WORDS.matcher(statement).matches()) {
      return; // d2l's \quad \text{where}\quad between two formulas: a word, not a statement
    }
    for (String part : commaParts(unbracketed(statement))) {
      out.add((conditional ? CONDITIONAL : "") + (equivalent ? EQUIVALENT : "") + part);
    }
  }

  /**
   * A statement that lists formulas separated by top-level commas ({@code x = 4, y = -3},
   * {@code a = 1,\; b = 2}) as its formulas; any other statement (a list of names, 1,000, the
   * arguments of f(x, y)) unchanged. Only where every part holds a relation is it a list of
   * formulas. A part after the first that holds only inequalities ({@code f(x) = x², x > 0})
   * is marked {@link #HYPOTHESIS}: it states where the formula is meant, it is not a claim, and
   * comes first, so that the formula is checked under it (user48: {@code … = -1, x < 0} was
   * refuted under the previous row's x > 0).
   */
  static List<String> commaParts(String statement) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < statement.length(); i++) {
      char ch = statement.charAt(i);
      depth += ch == '{' || ch == '(' || ch == '[' ? 1 : ch == '}' || ch == ')' || ch == ']'
          ? -1 : 0;
      boolean thinSpace = i > 0 && statement.charAt(i - 1) == '\\'; // a thin space \,
      if (ch == ',' && depth == 0 && !thinSpace) {
        parts.add(statement.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(statement.substring(start));
    if (parts.size() < 2) {
      return List.of(statement);
    }
    List<String> out = new ArrayList<>();
    int hypotheses = 0;
    for (int k = 0; k < parts.size(); k++) {
      String p = LEADING_SPACE.matcher(parts.get(k)).replaceFirst("");
      ChainSplitter.Chain c = ChainSplitter.split(p);
      if (p.isBlank() || c.relations().isEmpty() || c.terms().stream().anyMatch(
          String::isBlank)) {
        return List.of(statement);
      }
      if (k > 0 && Hypotheses.allInequalities(c.relations())) {
        out.add(hypotheses++, HYPOTHESIS + p); // assumed before the formula it qualifies
      } else {
        out.add(p);
      }
    }
    return out;
  }

  /** Words only ({@code \text{where}}, {@code \mbox{and}}), with spacing and punctuation. */
  private static final Pattern WORDS = Pattern.compile(
      "\\s*(\\\\(text|textrm|mathrm|mbox)\\s*\\{[A-Za-z ]*\\}\\s*)+[.,;]?\\s*");
  /** Marks a statement that is a hypothesis by its place (after a comma), not a claim. */
  static final String HYPOTHESIS = "\u0001";
  /** Spacing after a comma: {@code \;}, {@code \,}, {@code \ }, {@code ~}, {@code \text{and}}. */
  private static final Pattern LEADING_SPACE = Pattern.compile(
      "^(?:\\\\[;,:! ]|~|\\\\text\\{\\s*(?:and|or)?\\s*\\}|\\s)*");

  /**
   * Marks a statement the text gives as equivalent to the one before it ("A \\text{ or
   * equivalently } B"): a claim, checked given A where A is a condition ({@link ConditionSteps}).
   */
  static final String EQUIVALENT = "\u0002";
  /** Marks a statement that is a premise or a conclusion of an implication. */
  static final String CONDITIONAL = "\u0000";
  /**
   * A word in {@code \\text{}} between two formulas of one display ({@code A \\text{ where } B},
   * {@code A \\text{ and } B}, {@code A \\text{ for } x > 0}): a connective, as in prose, never
   * a factor (five true displays of a new user were ✗ with the pieces multiplied).
   */
  private static final String CONNECTIVE = "(?:\\\\[;,: ]|\\\\quad|\\\\qquad|~|\\s)*\\\\(?:text|mbox|textrm|"
      + "mathrm)\\s*\\{\\s*,?\\s*(and|where|with|if|for|when|whenever|provided|since|because|so|"
      + "hence|thus|therefore|then|i\\.\\s?e\\.,?|with\\s+(?:the\\s+|its\\s+)?(?:gradient|"
      + "derivatives?|partial\\s+derivatives?|value|slope)|so\\s+that|which\\s+gives|giving|"
      + "we\\s+get|that\\s+is,?)\\s*\\}(?:\\\\[;,: ]|\\\\quad|\\\\qquad|~|\\s)*";
  private static final Pattern CONNECTIVE_WORD = Pattern.compile(CONNECTIVE);
  private static final java.util.Set<String> CONDITIONS = java.util.Set.of("if", "for", "when",
      "whenever", "provided");
  /**
   * Two statements joined by a word: d2l's {@code ∂J/∂L = 1 \text{ and } ∂J/∂s = 1}; "and
   * hence" makes the second a consequence of the first (read as an arrow).
   */
  private static final Pattern CONJUNCTION = Pattern.compile(
      "\\\\(?:text|mbox|textrm)\\s*\\{\\s*and(?:\\s+hence)?\\s*\\}");
  private static final Pattern SEPARATOR = Pattern.compile("\\\\hspace\\*?\\{[^}]*\\}|"
      + "\\\\qquad|\\\\quad|\\\\(?:long)?(?:right|Right)arrow(?![a-zA-Z])|"
      + "\\\\Longrightarrow|\\\\implies|\\\\Rightarrow|"
      + "\\\\(?:text|mbox|textrm)\\s*\\{\\s*(?:or\\s*,?\\s*)?equivalently\\s*,?\\s*\\}|"
      + CONNECTIVE + "|\\\\(?:text|mbox|textrm)\\s*\\{\\s*and(?:\\s+hence)?\\s*\\}");
}
