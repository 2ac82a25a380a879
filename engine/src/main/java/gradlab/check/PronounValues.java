package gradlab.check;

import java.util.regex.Pattern;

/**
 * A value given in prose to an expression the text names only by a pronoun: "At $x = \pi$ this
 * equals $-\pi^2$", "the derivative of $z$, which is $1$". The value has no relation sign, so it
 * was silently dropped: a wrong value was neither checked nor listed. What "this" or "which"
 * names (the last formula, its left side, a quantity of the sentence before) is not resolved, so
 * the value is "not checked" with that reason, never compared with a guess. Only a constant
 * value ("$-\pi^2$", "$0.25$"): a formula there ("which is $\sigma'(\omega)$") names a quantity
 * and is left as before. Stateless.
 */
final class PronounValues {
  private static final Pattern ENDS = Pattern.compile("(?is).*\\b(?:this|which|it|that)\\s+"
      + "(?:then\\s+|now\\s+)?(?:equals|is(?:\\s+equal\\s+to)?|gives|becomes|evaluates\\s+to)"
      + "\\s*$");
  static final String REASON = "a value given in words to \"this\" or \"which\": the expression"
      + " it names is not resolved";

  private PronounValues() {}

  /** Lists {@code statement} as not checked and returns true, or returns false. */
  static boolean notedInPlace(DocumentRun run, int line, String statement) {
    if (!run.latex() || run.prose == null || !ENDS.matcher(run.prose).matches()) {
      return false;
    }
    try {
      String value = run.read(statement);
      if (value == null || !run.engine.freeSymbols(run.engine.eval(value)).isEmpty()) {
        return false;
      }
    } catch (RuntimeException e) {
      return false;
    }
    run.notChecked(line, statement.strip(), REASON);
    return true;
  }
}
