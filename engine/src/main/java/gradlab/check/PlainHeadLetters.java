package gradlab.check;

import java.util.regex.Pattern;

/**
 * Unicode letters in the head of a plain-text function definition, written as the LaTeX that
 * {@link FunctionHeads} reads: {@code f(x; θ) = θx²} has the parameter θ (\theta, the name
 * theta the plain reader gives θ elsewhere), and {@code ℓ(y, t) = (y − t)²/2} names the
 * function ℓ (ell, as {@code \ell} in LaTeX and {@link PlainNames} in plain text). Unread, both
 * definitions were "not read", and every later step through them (dℓ/dy, df/dx) was not
 * checked (a new user's loss and a model with a Greek parameter, typed on a phone).
 */
final class PlainHeadLetters {
  /** ℓ before brackets: the loss written as a function. */
  private static final Pattern ELL = Pattern.compile("^\\s*ℓ(?=\\s*\\()");

  /** A line that defines ℓ as a function: "ℓ(y, t) = …", "let ℓ(p) := …". */
  private static final Pattern ELL_DEFINITION = Pattern.compile(
      "(?:^|,)\\s*(?:(?i:let)\\s+)?ℓ\\s*\\([^()=]*\\)\\s*:?=(?!=)");

  private PlainHeadLetters() {}

  /**
   * Declares ell a function of the text where one of {@code lines} defines ℓ(…): the engine
   * takes only one letter as an unspecified function, and dℓ/dy was "unknown function 'ell'".
   */
  static void declareInPlace(DocumentRun run, String[] lines) {
    for (String line : lines) {
      if (ELL_DEFINITION.matcher(line).find() && !run.functions.contains("ell")) {
        run.engine.declareFunctionInPlace("ell");
        run.functions.add("ell");
      }
    }
  }

  /** Whether {@code raw} is a head named ℓ. */
  static boolean namesEll(String raw) {
    return ELL.matcher(raw).lookingAt();
  }

  /**
   * {@code raw} with ℓ as the letter f, to be renamed by the caller (see {@link #namesEll}), and
   * each lower-case Greek letter the math language names as its LaTeX command; σ stays (in plain
   * text it is the sigmoid or a scale, never a parameter's name).
   */
  static String asLatex(String raw) {
    String s = ELL.matcher(raw).replaceFirst("f");
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (char ch : s.toCharArray()) {
      String name = ch == 'σ' ? null : gradlab.math.Greek.inputName(ch);
      b.append(name == null ? String.valueOf(ch) : "\\" + name);
    }
    return b.toString();
  }
}
