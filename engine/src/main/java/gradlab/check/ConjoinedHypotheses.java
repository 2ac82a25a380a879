package gradlab.check;

import java.util.Locale;

/**
 * A relation joined by a bare "and" to a hypothesis just before it on the same line is a
 * hypothesis too: "which, when $b - c = 1$ and $b - a = 2$, is the Pearson divergence"
 * (Mao et al.'s least squares GAN). Only the first relation followed "when", so the second was a
 * claim, "not checked: it holds only for values the text does not state". Nothing is refuted or
 * proved differently: the relation is listed as assumed, as the first one is. A comma does not
 * join: "for $x > 0$, $\frac{d}{dx}(x^2) = 2x$" is a claim under the hypothesis.
 */
final class ConjoinedHypotheses {
  private ConjoinedHypotheses() {}

  /** Whether the relation after {@code prose} on {@code line} continues a hypothesis. */
  static boolean continues(DocumentRun run, int line, String prose) {
    String words = prose == null ? "" : prose.toLowerCase(Locale.ROOT).strip();
    if (!words.equals("and") || run.out.isEmpty()) {
      return false;
    }
    StepResult last = run.out.get(run.out.size() - 1);
    return last.line() == line && "assumption".equals(last.note());
  }
}
