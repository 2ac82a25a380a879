package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Σ and Π whose index is {@code \ell}, the layer or block index of many texts: Huang et al.'s
 * stochastic depth writes {@code \sum_{\ell=1}^{L} (1 - \frac{\ell}{L}(1 - p_L)) = L - \frac{L +
 * 1}{2}(1 - p_L)}. {@link SymbolicSums} reads one-letter indices only, so such a step was "cannot
 * read: Σ with symbolic bounds" and a wrong closed form went unchecked. Within the step,
 * {@code \ell} is renamed to a letter the step does not use and the text neither defines nor
 * gives a value, and only where the text gives ℓ no meaning of its own, so that the step means
 * what it meant; then its sums are written out as any other.
 */
final class EllIndices {
  private static final Pattern ELL_SUM = Pattern.compile(
      "\\\\(?:sum|prod)(?:\\\\limits)?\\s*_\\s*\\{?\\s*\\\\ell(?![A-Za-z])");
  private static final Pattern ELL = Pattern.compile("\\\\ell(?![A-Za-z])");
  /** Letters an index may take instead, in order of preference. */
  private static final String LETTERS = "jkmiquv";

  private EllIndices() {}

  /** The two sides with ℓ renamed, or as they are where no Σ or Π runs over ℓ. */
  static String[] renamed(DocumentRun run, String lhs, String rhs) {
    String[] same = {lhs, rhs};
    if (lhs == null || rhs == null
        || !(ELL_SUM.matcher(lhs).find() || ELL_SUM.matcher(rhs).find())
        || meaningful(run, engineName(run, "\\ell"))) {
      return same;
    }
    String both = lhs + " " + rhs;
    for (char c : LETTERS.toCharArray()) {
      String letter = String.valueOf(c);
      if (both.indexOf(c) < 0 && !meaningful(run, letter)) {
        String r = Matcher.quoteReplacement(letter);
        return new String[] {ELL.matcher(lhs).replaceAll(r), ELL.matcher(rhs).replaceAll(r)};
      }
    }
    return same;
  }

  private static boolean meaningful(DocumentRun run, String name) {
    return name == null || run.ctx.defines(name) || run.ctx.point().containsKey(name)
        || run.functions.contains(name);
  }

  private static String engineName(DocumentRun run, String latex) {
    try {
      return LatexReader.read(latex, run.reading()).engineSyntax().strip();
    } catch (RuntimeException e) {
      return null;
    }
  }
}
