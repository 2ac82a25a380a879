package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words around a plain-text formula: "by the chain rule dL/dw1 = …", "… = x (chain rule)", and a
 * case in words, "relu'(x) = 1 if x > 0 else 0". The words were read as names ("by, chain, the
 * are not defined"), and "if", "else" as factors sampled at a point (found by a student). Words
 * the text defines stay names.
 */
final class ProseWords {
  /** Two or more words of two or more letters before a formula. */
  private static final Pattern LEADING = Pattern.compile(
      "^\\s*((?:[A-Za-z]{2,}\\s+){2,})(?=[^\\s=<>≤≥≈])(.*)$");
  /** A bracket of two or more words at the end of a line: "(chain rule)", "(by def.)". */
  private static final Pattern TRAILING = Pattern.compile(
      "^(.*\\S)\\s+\\(\\s*((?:[A-Za-z]{2,}\\.?\\s*){2,})\\)\\s*\\.?\\s*$");
  /**
   * A rule named after a formula without brackets: "d/dx sin(x^2) = 2x cos(x^2) by the chain
   * rule" (by, chain, rule, the were names, a lecturer's notes, user28).
   */
  private static final Pattern TRAILING_RULE = Pattern.compile("(?i)^(.*[^\\s,])\\s*,?\\s+(?:by|"
      + "using|from|via|with)\\s+(?:the\\s+)?(?:chain|product|quotient|sum|power|"
      + "multivariable\\s+chain)\\s+rule\\s*\\.?\\s*$");
  /**
   * A note in brackets after a formula, perhaps after one adverb: "s = log(sigma^2) instead (more
   * stable, no division by 0)": "instead(…)" was read as a function the text does not define, so
   * s's definition was not taken (a student's notes on Kendall and Gal's loss).
   */
  private static final Pattern TRAILING_NOTE = Pattern.compile("^(.*?\\S)\\s+(?:(?i:instead|again|"
      + "too|here|now)\\s+)?\\(\\s*([A-Za-z][A-Za-z0-9 ,.'-]*)\\)\\s*[.,;]?\\s*$"); // "(one-step TD)"
  /**
   * A colon after a formula a connective introduces, before what it introduces: ", so
   * 1/sigma^2 = exp(-s):". Without the connective ("Check that the two pieces meet at a =
   * delta:") the colon closes a sentence of words, which must stay unread (it was a false ✗).
   */
  private static final Pattern TRAILING_COLON = Pattern.compile("^(.*[^\\s:])\\s*:\\s*$");
  private static final Pattern CONNECTIVE = Pattern.compile(
      "(?i)(?:^|[,;]\\s*)(?:so|then|hence|thus|therefore)\\s+[^=]*=");
  /**
   * What a label's words leave before its colon, "scaled by 2: a1 = 6": read as "2: a1 = 6", a1
   * kept its old value while a2 moved, and the true mu = 4 was refuted (a student's notes).
   */
  private static final Pattern LABEL_REST = Pattern.compile("^[^=<>≤≥≈:]{1,12}:\\s+(.*)$");
  private static final Pattern LONG_WORD = Pattern.compile("[A-Za-z]{2,}");
  private static final Pattern IN_WORDS_CASE = Pattern.compile(
      "(?i)(?<![A-Za-z0-9_])if(?![A-Za-z0-9_(]).*(?<![A-Za-z0-9_])(?:else|otherwise)"
      + "(?![A-Za-z0-9_(])");
  /**
   * One word before a defined name, "loss L = (1/2)(yhat - y)^2", "input x1 = 1", "target y =
   * 1": the word was read as a factor of a product, so the definition was not read and a later
   * worked-example line became the name's definition (a TA's correct submission got a ✗).
   */
  private static final Pattern WORD_BEFORE_NAME = Pattern.compile(
      "^\\s*([A-Za-z]{3,})\\s+([A-Za-z][A-Za-z0-9_]*\\s*=(?![=]).*)$");
  /**
   * One long word before a number that starts a relation: "eigenvalues 3 + sqrt(2) approx 4.414"
   * read "eigenvalues" as a factor, so the true value was "not checked: the left side depends on
   * [eigenvalues]" (a student's submission, user35).
   */
  private static final Pattern WORD_BEFORE_NUMBER = Pattern.compile(
      "^\\s*([A-Za-z]{5,})\\s+(?!\\d+\\s*(?::|\\)|\\.\\s))(\\d.*(?:[=<>≤≥≈]|(?i:\\bapprox\\b))"
      + ".*)$"); // not a label's number: "Example 1: delta = 1", "Step 2) …"
  /** Words that are functions or letters in plain text, never prose before a name. */
  private static final java.util.Set<String> NOT_PROSE = java.util.Set.of("sin", "cos", "tan",
      "exp", "log", "ln", "tanh", "sinh", "cosh", "sqrt", "abs", "max", "min", "sum", "sigmoid",
      "relu", "softplus", "softmax", "var", "cov", "det", "tr", "let", "at", "assume", "for",
      "with", "when", "given", "if", // "with w = -0.3: f(w) = 0.3" names a point
      "grad", "nabla", "del"); // "grad J = grad L + lambda*w" had defined J
  /**
   * A statement keyword; "for" only before a name, not before an article: "For the squared loss
   * L = ½(ŷ − y)²" is words before a definition (L was "not defined", and every step through it
   * not checked; a chatbot's answer pasted by a new user), "for x = 1" and "for a = 2" points.
   */
  private static final Pattern KEYWORD = Pattern.compile("(?i)^\\s*(?:let|at|assume|for(?!\\s+"
      + "(?:(?:the|this|our|my|an)\\s|a\\s+[A-Za-z]{2,}\\s)))\\s");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  static final String CASES = "a case written in words (… if … else …) is not read";
  /**
   * A statement under a comparison stated in words or by an arrow: "if a1 > a2 then p = a1", "p
   * = a1 if a1 > a2", "f'(x) = 0 when x > 0", "for x > 0 f'(x) = 1", "… where x > 0", "x > 0
   * => f'(x) = 1", "f'(x) = 1 (x > 0)". The words were names sampled at a point: the true "if x
   * > 0 then f'(x) = 1" was refuted as "0 then f'(x) = 1", a wrong one proved as "0 f'(x) = 0",
   * and the condition "x > 0" itself refuted (the lead, trying a student's max-pooling step).
   */
  private static final Pattern IF_CASE = Pattern.compile("(?i)(?<![A-Za-z0-9_])(?:if|when|"
      + "whenever|where|provided|assuming|for)\\s+(?!all\\b|every\\b|each\\b|any\\b)"
      + "[^=<>≤≥≠:,]*?(?:<|>|≤|≥|≠|!=)|[<>≤≥]=?[^=]*?(?:=>|⇒|⟹|\\bimplies\\b)"
      + "|(?:=|<|>|≤|≥)[^()]*?\\(\\s*[A-Za-z]\\w*\\s*(?:<|>|≤|≥)[^()]*\\)\\s*[.,;]?\\s*$");
  static final String IF_CASES = "a statement under a condition in words or an arrow (if, when, "
      + "where, ⇒ …) is not read: it holds only where its condition does";

  /**
   * A relation under a condition in words that is no comparison: "g(x) = x if x is large",
   * "f(x) > 0 when x is big", "if x is positive then f'(x) = 1": the words were factors, so the
   * first redefined g as a product of x, if, is and large, and every later step used it.
   */
  private static final Pattern WORDED_IF = Pattern.compile("(?i)(?:=|<|>|≤|≥|≈)[^=<>≤≥≈]*?"
      + "(?<![A-Za-z0-9_'])(?:if|when|whenever|unless|provided|assuming)\\s+"
      + "[A-Za-z\\p{IsGreek}][^=<>≤≥≈]*$|^\\s*(?:if|when|whenever|unless|provided|assuming)"
      + "\\s+[^=<>≤≥≈]*?(?:\\bthen\\b|,)[^,]*[=<>≤≥≈]");
  static final String WORDED_CASES = "a statement under a condition in words that is not a "
      + "comparison (if x is large, when …) is not read: it holds only where its condition does";

  /**
   * A relation with its case after it, "L(a) = 1/2 * a^2 for |a| <= delta": "for" was a factor,
   * so L was defined as a product with a name "for", and a later true step through L was ✗ (a
   * student's Huber-loss notes). "for all", "for every" are read elsewhere.
   */
  private static final Pattern FOR_CASE = Pattern.compile("(?i)(?:=|<|>|≤|≥)[^=<>≤≥]*?"
      + "(?<![A-Za-z0-9_])for\\s+(?!all\\b|every\\b|each\\b|any\\b)[^:]*?(?:<|>|≤|≥|≠|!=)");
  static final String FOR_CASES = "a relation stated for a case in words (… for x > 0) is not "
      + "read: it holds only where its condition does, and a definition by such cases is not "
      + "taken";

  private ProseWords() {}

  /** Why a line stating cases in words (if … else, or "… for x > 0") is not read; else null. */
  static String unreadCase(String text) {
    return casesInWords(text) ? CASES : FOR_CASE.matcher(text).find() ? FOR_CASES
        : IF_CASE.matcher(text).find() || EquationConditions.in(text) ? IF_CASES
        : WORDED_IF.matcher(text).find() ? WORDED_CASES : null;
  }

  /** Whether the line states cases in words, which are not read. */
  static boolean casesInWords(String text) {
    return IN_WORDS_CASE.matcher(text).find();
  }

  /**
   * The last of the leading words where it is a function applied without brackets, "since log
   * σ(z) = z − log(1 + eᶻ)": "since log" was dropped as words and the true identity read as σ(z)
   * = z − log(1 + eᶻ), refuted (a false ✗ in a student's BCE-with-logits notes); kept, the
   * function is read or reported as written without its brackets. Empty where it is a word.
   */
  private static String keptFunction(String words) {
    String[] w = words.strip().split("\\s+");
    String last = w[w.length - 1];
    return FUNCTIONS.contains(last.toLowerCase(java.util.Locale.ROOT)) ? last + " " : "";
  }

  private static final java.util.Set<String> FUNCTIONS = java.util.Set.of("sin", "cos", "tan",
      "exp", "log", "ln", "tanh", "sinh", "cosh", "sqrt", "abs", "sigmoid", "relu", "softplus",
      "softmax", "erf");

  /** {@code text} without leading or trailing words that the text does not define. */
  static String stripped(DocumentRun run, String text) {
    if (KEYWORD.matcher(text).find()) {
      return text;
    }
    String s = text;
    Matcher lead = LEADING.matcher(s);
    if (lead.matches() && noneDefined(run, lead.group(1)) && hasRelation(lead.group(2))) {
      s = keptFunction(lead.group(1)) + lead.group(2);
      Matcher label = LABEL_REST.matcher(s);
      if (label.matches() && hasRelation(label.group(1))) {
        s = label.group(1); // "scaled by 2: a1 = 6, …": the 2 closes the label, no factor
      }
    }
    Matcher word = WORD_BEFORE_NAME.matcher(s);
    if (word.matches() && proseWord(run, word.group(1)) && !word.group(2).contains(":")) {
      s = word.group(2);
    }
    Matcher number = WORD_BEFORE_NUMBER.matcher(s);
    if (number.matches() && proseWord(run, number.group(1))) {
      s = number.group(2);
    }
    Matcher trail = TRAILING.matcher(s);
    if (trail.matches() && noneDefined(run, trail.group(2)) && hasRelation(trail.group(1))) {
      s = trail.group(1);
    }
    Matcher rule = TRAILING_RULE.matcher(s);
    if (rule.matches() && hasRelation(rule.group(1))) {
      s = rule.group(1);
    }
    Matcher note = TRAILING_NOTE.matcher(s);
    if (note.matches() && LONG_WORD.matcher(note.group(2)).results().count() >= 2
        && noneDefined(run, note.group(2)) && hasRelation(note.group(1))) {
      s = note.group(1);
    }
    Matcher colon = TRAILING_COLON.matcher(s);
    if (colon.matches() && hasRelation(colon.group(1))
        && CONNECTIVE.matcher(colon.group(1)).find()) {
      s = colon.group(1);
    }
    return s;
  }

  private static boolean proseWord(DocumentRun run, String w) {
    String lower = w.toLowerCase(java.util.Locale.ROOT);
    return !NOT_PROSE.contains(lower) && !LatexNames.GREEK.contains(lower)
        && noneDefined(run, w);
  }

  private static boolean hasRelation(String s) {
    return s.matches(".*[=<>≤≥≈].*");
  }

  private static boolean noneDefined(DocumentRun run, String words) {
    Matcher m = WORD.matcher(words);
    while (m.find()) {
      String w = m.group();
      if (run.ctx.defines(w) || run.functions.contains(w) || run.ctx.point().containsKey(w)) {
        return false;
      }
    }
    return true;
  }
}
