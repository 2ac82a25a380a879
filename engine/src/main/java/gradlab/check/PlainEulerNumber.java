package gradlab.check;

import java.util.regex.Pattern;

/**
 * Euler's number in a plain-text line: a lone e, or a number times e ("3e"), is E for the
 * engine unless the text defines e. Moved out of {@link PlainTextLines} (301 lines) as it was.
 */
final class PlainEulerNumber {
  /** A lone e, not a name's letter nor a call: Euler's number unless the text defines e. */
  private static final Pattern EULER = Pattern.compile("(?<![A-Za-z0-9_.])e(?![A-Za-z0-9_(])");
  /**
   * A number times e, "at x = 1: d(x^2*exp(x))/dx = 3e": it was "e is not defined in the text",
   * the lone e above needing no digit before it (user38). Never where an exponent follows, so
   * 1e-3, 2e+5 and 1e3 stay the numbers they are.
   */
  private static final Pattern NUMBER_E = Pattern.compile(
      "(?<![A-Za-z0-9_.])(\\d+(?:\\.\\d+)?)e(?![A-Za-z0-9_(])(?!\\s*[-+−]\\s*\\d)");

  private PlainEulerNumber() {}

  /**
   * A term of a plain-text chain as the engine reads it: a lone e is Euler's number (as the
   * console reads it; it was "e is not defined") unless the text defines e or the term is e
   * alone (the head of "let e = y - t"). The report still shows the term as typed.
   */
  static String euler(DocumentRun run, String typed) {
    // y_hat, ŷ, z_1, δ1 as the engine names them; π = 0.3 the text's quantity (TextPi)
    String term = PlainNames.asEngineNames(TextPi.plain(run, typed));
    run.shownNames.addInPlace(PlainShownNames.of(typed)); // z₁, ηₜ, wᵢⱼ, not z1, etat
    if (run.ctx.defines("e") || run.ctx.point().containsKey("e") || term.strip().equals("e")) {
      return HeavisideSteps.asStep(run, term); // relu'(x) = H(x): the step, not a name
    }
    String times = NUMBER_E.matcher(term).replaceAll("$1*E");
    return HeavisideSteps.asStep(run, EULER.matcher(times).replaceAll("E"));
  }
}
