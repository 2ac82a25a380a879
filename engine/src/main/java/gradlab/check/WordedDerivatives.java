package gradlab.check;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A derivative named in words on a plain-text line, as students type it: "the derivative of
 * e^(2x) is 2e^(2x)", "so the derivative of x^3 with respect to x equals 3x^2". The line has no
 * relation sign, so it was silently dropped: a wrong "… is e^(2x)" was neither checked nor
 * listed. Read as {@code diff(E, x) = F}, x the variable the words name after "with respect to"
 * (or "wrt"), else the one name the expression holds; where it holds several names, or its one
 * name is a quantity the text defines (of what it is the derivative is then not said), the line
 * is "not checked" with that reason. Only where both sides are formulas in that variable and
 * names the text gives: a side in words ("is twice the error", {@link GradientsInWords}), another
 * name ("of y^2 wrt x is 2y", "is 2y dy/dx": y may depend on x) is left as before. Stateless.
 */
final class WordedDerivatives {
  private static final Pattern SENTENCE = Pattern.compile("(?i)^\\s*(?:(?:so|thus|hence|then|and"
      + "|now)\\s*,?\\s+)?(?:the\\s+)?derivative\\s+of\\s+(.+?)(?:\\s+(?:with\\s+respect\\s+to|"
      + "wrt|w\\.r\\.t\\.?)\\s+([A-Za-z][A-Za-z0-9_]*))?\\s+(?:is|equals)\\s+(.+?)\\s*\\.?\\s*$");
  private static final Pattern RELATION = Pattern.compile("[=<>≤≥≈]");
  /** A name alone: "the derivative of sigma is …" names a function, {@link GradientsInWords}. */
  private static final Pattern BARE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  /** A name of three letters or more: a word, unless the text defines it. */
  private static final Pattern WORD = Pattern.compile("[A-Za-z]{3,}");
  static final String SEVERAL = "a derivative named in words without the variable it is taken "
      + "with respect to, of an expression in several names or in a quantity the text defines";

  private WordedDerivatives() {}

  /**
   * Reads {@code text} as its claim (through {@link PlainTextLines}) or as "not checked" and
   * returns true; false where it is not a derivative named in words between two formulas.
   */
  static boolean readInPlace(DocumentRun run, int line, String text) {
    Matcher m = SENTENCE.matcher(text);
    if (run.latex() || !m.matches() || RELATION.matcher(text).find()) {
      return false;
    }
    String of = m.group(1).strip();
    String value = m.group(3).strip();
    Set<String> inOf;
    Set<String> inValue;
    try {
      inOf = names(run, of);
      inValue = names(run, value);
    } catch (RuntimeException e) {
      return false; // not a formula: words, left as before
    }
    if (BARE_NAME.matcher(of).matches() || inOf.isEmpty() || words(run, inOf)
        || words(run, inValue)) {
      return false; // "of tanh is …": a function, never a variable; "is twice the error"
    }
    String x = m.group(2);
    if (x == null) {
      if (inOf.size() != 1 || run.ctx.defines(inOf.iterator().next())) {
        run.notChecked(line, text.strip(), SEVERAL);
        return true;
      }
      x = inOf.iterator().next();
    }
    String variable = x;
    if (inOf.stream().anyMatch(n -> !n.equals(variable) && !given(run, n))
        || inValue.stream().anyMatch(n -> !inOf.contains(n) && !n.equals(variable)
            && !given(run, n))) {
      return false; // "of y^2 wrt x is 2y", "of y^2 is 2y dy/dx": y may depend on x, unread
    }
    PlainTextLines.readInPlace(run, line, "diff(" + of + ", " + x + ") = " + value);
    return true;
  }

  /** Whether {@code names} hold a word the text does not define ("the loss", "twice"). */
  private static boolean words(DocumentRun run, Set<String> names) {
    return names.stream().anyMatch(n -> WORD.matcher(n).matches() && !run.ctx.defines(n)
        && !run.ctx.point().containsKey(n) && !run.functions.contains(n));
  }

  /** Whether the text gives {@code name} a value, a definition or a function. */
  private static boolean given(DocumentRun run, String name) {
    return run.ctx.defines(name) || run.ctx.point().containsKey(name)
        || run.functions.contains(name);
  }

  /** The free names of a plain-text formula as the engine reads it. */
  private static Set<String> names(DocumentRun run, String formula) {
    return run.engine.freeSymbols(run.engine.eval(PlainEulerNumber.euler(run, formula)));
  }
}
