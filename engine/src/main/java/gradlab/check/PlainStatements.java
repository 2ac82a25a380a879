package gradlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The statements of one plain-text line, as the engine reads them: a step label ("(2)", "Q2:")
 * dropped, a point after the claim ("… at w = 0") put first, an implication arrow or "so"
 * between two statements, and d/dx, dL/dw written as diff(…, x) and pd(L, w). Students type
 * "d/dx tanh(x) = 1 - tanh(x)^2" and "softplus(x) = log(1+exp(x)) => d/dx softplus(x) =
 * sigmoid(x)"; each was "not checked: d, dx are not defined" or "a side of the relation is
 * empty" (found by a new user). d/dw1 takes the whole name w1, and dL/dw is the derivative of L
 * by w.
 */
final class PlainStatements {
  private static final Pattern LABEL = Pattern.compile("^[A-Za-z][A-Za-z0-9 ()]{0,12}:\\s+");
  /**
   * A step label before a formula, "(2) 0.8 - 0.1*1.6 = 0.64", "2. …", "3) …", "a) …", "(ii) …",
   * "[2] …": read as a factor it made true steps ✗ and wrong ones ✓ (found by a new user).
   */
  private static final Pattern STEP_LABEL = Pattern.compile("^\\s*(?:\\(\\s*(?:\\d{1,2}|[a-z]|"
      + "[ivx]{1,4})\\s*\\)|(?:\\d{1,2}|[a-z])[.)]|\\[\\s*\\d{1,2}\\s*\\])\\s+(?=\\S)");
  /**
   * "but" or "whereas" between two claims, "softsign'(3) = 1/16 = 0.0625 but tanh'(3) = 1 -
   * tanh(3)^2 = 0.00987": "but" was a name, "0.0625 but tanh'(3)" a product, and both claims
   * "not checked: but is not defined". It ends a statement only where a relation follows at once
   * (a name, its arguments, then =): "= 1 but only for x > 0" and "= 1 but x > 0 here" keep
   * their condition, and are not checked as before (PlainButBetweenClaimsTest).
   */
  private static final String CONTRAST = "\\s*,?\\s+(?i:but|whereas)\\s+(?=\\p{L}[\\p{L}0-9_]*'*"
      + "(?:\\([^()]*\\))?'*\\s*=)";
  /**
   * Where one statement ends and the next begins: an arrow, or "so", "hence", "thus",
   * "therefore" between two formulas ("sigma(0) = 0.5 so dL/db = …" had "so" inside a formula,
   * found by a student tester). A comma before the word is the sentence's, not the formula's:
   * "sigma(-5) = 0.0066929, so the gradient is …" was "cannot read: not engine syntax
   * ('0.0066929,')" (PlainCommaBeforeSoTest).
   */
  private static final Pattern ARROWS = Pattern.compile("\\s*(?:==>|=>|⇒|⟹)\\s*|\\s*,?\\s+(?i:so|"
      + "hence|thus|therefore)\\s*,?\\s+(?=\\S)|" + CONTRAST);
  /** A variable after d: a letter, then digits, a subscript or a hat (x, w1, w_1, x_in, yhat). */
  private static final String VARIABLE = "([A-Za-z](?:_?\\d+|_[A-Za-z0-9]+|hat)?)";
  /**
   * A name after d in dL/dw: one letter with its index, or a word (dE/dout, dL/dyhat), or a
   * name in brackets, dL/d(yhat). The d may stand apart, d f / d x: read as (d·f/d)·x it was ✗
   * on a true derivative (found by a student); that reading is kept where the text defines d.
   */
  private static final String NAME_AFTER_D =
      "(\\p{L}[\\p{L}0-9]*(?:_[A-Za-z0-9]+)?|\\(\\s*\\p{L}[\\p{L}0-9_]*\\s*\\))";
  private static final Pattern D_DX = Pattern.compile(
      "(?<![A-Za-z0-9_])d/d" + VARIABLE + "\\s*(.+?)\\s*(?=(?:==|=|<|>|≤|≥|$))");
  /** dL/dw, df/dx1 as students type them: the derivative of a name by a name. */
  private static final Pattern D_FRACTION = Pattern.compile("(?<![A-Za-z0-9_])d\\s*"
      + NAME_AFTER_D + "\\s*/\\s*d\\s*" + NAME_AFTER_D + "(?![A-Za-z0-9_(])");

  /**
   * Second derivatives as students type them: d^2 f/dx^2 (d² f/dx² arrive so), d2L/dw2 (one
   * letter after the second d, so that the 2 is the order, not part of a name w2), and the
   * operator d^2/dx^2 E. Each was "not checked: d, dx1 are not defined" (the ASCII files
   * logsumexp-second-derivative-ascii, logistic-newton-step-ascii).
   */
  private static final Pattern D2_FRACTION = Pattern.compile("(?<![A-Za-z0-9_])d\\s*\\^\\s*2\\s*"
      + NAME_AFTER_D + "\\s*/\\s*d\\s*" + VARIABLE + "\\s*\\^\\s*2(?![A-Za-z0-9_(])");
  private static final Pattern D2_DIGITS = Pattern.compile("(?<![A-Za-z0-9_])d2"
      + "(\\p{L}[\\p{L}0-9]*?)\\s*/\\s*d([A-Za-z])2(?![A-Za-z0-9_(])");
  private static final Pattern D2_DX = Pattern.compile("(?<![A-Za-z0-9_])d\\s*\\^\\s*2\\s*/\\s*d"
      + VARIABLE + "\\s*\\^\\s*2\\s*(.+?)\\s*(?=(?:==|=|<|>|≤|≥|$))");

  /** A claim with its point after it: "dL/dw = -6 at w = 0", "… (at x = 1, y = 2)". */
  private static final Pattern TRAILING_POINT = Pattern.compile("(.*?\\S)\\s*[,;]?\\s*\\(?\\s*at\\s+"
      + "((?:[A-Za-z][A-Za-z0-9_]*\\s*=\\s*[-+]?[0-9.]+\\s*,?\\s*)+?)\\s*\\)?\\s*\\.?\\s*");
  /**
   * A colon closing a line after a number, "α = 1, x = −1:" before the lines worked at that
   * point: "x = −1:" was "definition not understood: syntax error" (held19's ELU on a phone).
   */
  private static final Pattern END_COLON = Pattern.compile("(?<=[0-9])\\s*:\\s*$");
  /**
   * A colon closing a line after a relation, "… with ŷ = σ(w·x):" before the bullets worked
   * with it: the colon is the sentence's, not the formula's (it was "definition not understood:
   * syntax error", and every step through ŷ not checked; found by a new user). Only after a
   * bracket, a square or a prime: "Check that the pieces meet at a = delta:" is a sentence of
   * words and stays unread (PlainTextNotesTest).
   */
  private static final Pattern RELATION_COLON = Pattern.compile(
      "(?<=[=<>≈≤≥].{0,400}[)\\]}²³′'])\\s*:\\s*$");
  /**
   * "approx" typed for ≈ between two terms, "p = sigmoid(2) approx 0.8808": it was a product,
   * so p was defined as sigmoid(2)·approx·0.8808 (PlainApproxWordTest).
   */
  private static final Pattern APPROX = Pattern.compile(
      "(?<=[\\p{L}0-9)\\]])\\s+" + ApproxWords.WORD + "\\s+(?=[-−+(0-9.\\p{L}])");
  /**
   * A tick the writer puts after a claim, "… = 1 + 0.9·1 − 0.5 ✓", "L = 0 🎉": it is no part of
   * the formula (it was "cannot read: not engine syntax"). Only marks of assent: a ✗ after a
   * claim says the writer finds it wrong, and stays unread (PlainTickAfterAClaimTest).
   */
  private static final Pattern TICK = Pattern.compile("\\s*(?:✓|✔|✅|☑|👍|🎉)+\\s*$");
  /** The statements of one line, each with d/dx and dL/dw written as diff(…, x). */
  static List<String> statements(String typed) {
    return statements(typed, name -> false);
  }

  /** As {@link #statements(String)}; {@code defined} names keep their product reading. */
  static List<String> statements(String typed, java.util.function.Predicate<String> defined) {
    // ∂L/∂w₁, ½, |w| as the engine writes them; tanh z as tanh(z)
    String line = BareFunctionArguments.bracketed(PlainUnicode.asEngineSyntax(typed));
    line = APPROX.matcher(line).replaceAll(" ≈ "); // "p = sigmoid(2) approx 0.8808"
    line = PlainBracedIndices.afterD(line); // dh_1/dw_{12} as dh_1/dw_12, which dL/dw reads
    line = TICK.matcher(line).replaceFirst(""); // "… = 1 + 0.9·1 − 0.5 ✓"
    String s = PlainTextLines.CONNECTIVE.matcher(LABEL.matcher(STEP_LABEL.matcher(line).replaceFirst(""))
        .replaceFirst("")).replaceFirst(""); // "so σ′(z) ≤ ¼": "so" is no factor
    s = END_COLON.matcher(s).replaceFirst(""); // "α = 1, x = −1:" ends a point list
    s = RELATION_COLON.matcher(s).replaceFirst(""); // "with ŷ = σ(w·x):" ends its sentence
    java.util.regex.Matcher trailing = TRAILING_POINT.matcher(s);
    if (trailing.matches() && !trailing.group(1).startsWith("at ")) {
      s = "at " + trailing.group(2) + ": " + trailing.group(1); // "dL/dw = -6 at w = 0"
    }
    if (s.startsWith("let ") || s.startsWith("at ") || s.startsWith("assume ")) {
      return List.of(s); // "2) at w = 0: …": the label is not part of the point
    }
    List<String> out = new ArrayList<>();
    for (String part : ARROWS.split(s)) {
      if (!part.isBlank()) {
        String d2 = secondOrder(part, defined);
        String d = D_DX.matcher(d2).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            "diff(" + m.group(2) + ", " + m.group(1) + ")"));
        d = PlainCallDerivatives.read(d, defined); // d tanh(x)/dx
        // dL/dw as LaTeX's \frac{dL}{dw} reads: through L's definition, L(w) where L is a
        // function, and "not defined" where L is neither (as diff(L, w) it was 0, and ✗)
        out.add(D_FRACTION.matcher(d).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
            productReading(m, defined) ? m.group() : "pd(" + bare(m.group(1)) + ", "
                + bare(m.group(2)) + ")")));
      }
    }
    return out.isEmpty() ? List.of(line) : out;
  }

  /**
   * {@code part} with its typed second derivatives as the first derivative taken once more; a
   * form whose pieces the text defines as names (d2L, dw2, w2) is left as typed.
   */
  private static String secondOrder(String part, java.util.function.Predicate<String> defined) {
    String out = D2_FRACTION.matcher(part).replaceAll(m -> Matcher.quoteReplacement(
        defined.test("d") ? m.group() : "diff(pd(" + bare(m.group(1)) + ", " + m.group(2) + "), "
            + m.group(2) + ")"));
    out = D2_DIGITS.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
        defined.test("d2" + m.group(1)) || defined.test("d" + m.group(2) + "2")
            || defined.test(m.group(2) + "2") ? m.group() : "diff(pd(" + m.group(1) + ", "
            + m.group(2) + "), " + m.group(2) + ")"));
    return D2_DX.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
        defined.test("d") ? m.group() : "diff(diff(" + m.group(2) + ", " + m.group(1) + "), "
            + m.group(1) + ")"));
  }

  /**
   * Whether d X / d Y, in a form read only since a student typed it (d apart from its name, a
   * word after d), is a product of names the text defines (d, dX or dY).
   */
  private static boolean productReading(java.util.regex.MatchResult m,
      java.util.function.Predicate<String> defined) {
    boolean spaced = m.group().matches("d[\\s(].*|.*/\\s*d[\\s(].*");
    boolean words = bare(m.group(1)).matches("\\p{L}{2,}.*") || bare(m.group(2))
        .matches("\\p{L}{2,}.*");
    return spaced && defined.test("d") || words && (defined.test("d" + bare(m.group(1)))
        || defined.test("d" + bare(m.group(2))));
  }

  private static String bare(String name) {
    return name.replaceAll("[()\\s]", "");
  }

  private PlainStatements() {}
}
