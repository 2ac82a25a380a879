package gradlab.check;

import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A label that ends in a colon before a plain-text claim: "sigma'(z): sigma''(z) = …", "max of
 * sigma'(z): sigma''(z) = …", "Step 3: dL/dw = …". The label was read as part of the claim, a
 * relation "sigma'(z): sigma''(z) = …" with no numeric value (a student tester, user29). The
 * claim after the colon is read alone. A label's words may state a condition ("when x is
 * big: relu'(x) = 1"): where they hold such a word, a refutation of the claim read without
 * them is "not checked". A label with a relation (a point, "at w = 0:", "t = 1:") is another
 * reader's; one short name before the colon ("a : b = 2 : 3", "Q2:") is left as it was.
 */
final class ColonLabels {
  private static final Pattern RELATION = Pattern.compile("[=<>≤≥≈≠]");
  private static final Pattern SHORT_NAME = Pattern.compile("\\s*[A-Za-z][A-Za-z0-9_]?\\s*");
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> CONDITIONS = Set.of("if", "when", "whenever", "for", "where",
      "with", "given", "assume", "assuming", "suppose", "provided", "unless", "only", "while",
      "near", "on", "in", "above", "below", "positive", "negative", "large", "small", "big",
      "case", "let", "at", "as", "since", "because");

  /**
   * Condition words that can only constrain names ("at step 16000: 512^(-0.5) * … = …"): a claim
   * of numbers alone refuted under them stays refuted (unlike "in %:", a unit).
   */
  private static final Set<String> POINT_WORDS = Set.of("if", "when", "whenever", "for", "where",
      "with", "given", "assume", "assuming", "suppose", "provided", "unless", "while", "let",
      "at", "since", "because");

  private ColonLabels() {}

  /** Reads the claim after a label through {@code read}; false where the line has none. */
  static boolean readInPlace(DocumentRun run, int line, String text, Consumer<String> read) {
    int colon = topLevelColon(text);
    if (colon <= 0) {
      return false;
    }
    String label = text.substring(0, colon);
    String claim = text.substring(colon + 1).strip();
    if (RELATION.matcher(label).find() || !RELATION.matcher(claim).find()
        || claim.indexOf(':') >= 0 || SHORT_NAME.matcher(label).matches()
        || !label.matches(".*\\p{L}.*")) {
      return false;
    }
    int before = run.out.size();
    read.accept(claim);
    String condition = condition(label);
    if (condition != null) {
      for (int k = before; k < run.out.size(); k++) {
        StepResult s = run.out.get(k);
        if (s.verdict() instanceof StepVerdict.Refuted f && !(POINT_WORDS.contains(condition)
            && PlainReasons.numbersOnly(s.lhs() + " " + s.rhs()))) {
          run.out.set(k, new StepResult(s.line(), s.lhs(), s.relation(), s.rhs(),
              new StepVerdict.NotChecked("it fails without the label before it (" + label.strip()
                  + ":), whose word '" + condition + "' may state a condition, which is not "
                  + "read: " + f.evidence()), s.note()));
        }
      }
    }
    return true;
  }

  /** The first word of {@code label} that may state a condition, or null. */
  private static String condition(String label) {
    var m = WORD.matcher(label.toLowerCase(java.util.Locale.ROOT));
    while (m.find()) {
      if (CONDITIONS.contains(m.group())) {
        return m.group();
      }
    }
    return null;
  }

  /** The first colon outside brackets that is not part of := or ::, or −1. */
  private static int topLevelColon(String text) {
    int depth = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (c == ':' && depth == 0) {
        boolean joined = k + 1 < text.length() && (text.charAt(k + 1) == '='
            || text.charAt(k + 1) == ':') || k > 0 && text.charAt(k - 1) == ':';
        return joined ? -1 : k;
      }
    }
    return -1;
  }
}
