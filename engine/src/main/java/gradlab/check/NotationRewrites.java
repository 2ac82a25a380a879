package gradlab.check;

import java.util.regex.Pattern;

/**
 * The notations the texts write that are rewritten before reading, in order: an evaluation bar
 * after a derivative ({@link EvaluationBars}), Iverson brackets ({@link IversonBrackets}) and
 * d2l's operator D ({@link DifferentialOperators}); a Σ over a scripted name's values
 * ({@link ValueSums}) first, and before it a row vector spaced without commas
 * ({@link SpacedRowVectors}). {@code \arg\max}, {@code \operatorname{argmax}}
 * and their min forms (where an extremum is attained) are refused by name: read as a name
 * "argmax" times f(x), a later use of the point would be checked against nonsense.
 */
final class NotationRewrites {
  private static final Pattern ARG = Pattern.compile(
      "\\\\arg\\s*\\\\(?:max|min)|\\\\(?:operatorname\\*?|mathrm|text)\\s*\\{\\s*arg\\s*\\\\?,?\\s*(?:max|min)");

  private NotationRewrites() {}

  static String apply(String latex, LatexReading reading) {
    if (latex.contains("arg") && ARG.matcher(latex).find()) {
      throw new UnsupportedLatexException("\\arg\\max and \\arg\\min (where an extremum is "
          + "attained)");
    }
    return DifferentialOperators.asFractions(IversonBrackets.asIndicators(
        EvaluationBars.atPoint(ValueSums.renamed(BracketIndices.asSubscripts(
        SpacedRowVectors.withCommas(latex))))), reading);
  }
}
