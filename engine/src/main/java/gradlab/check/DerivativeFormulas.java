package gradlab.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A derivative of a written-out expression after "needs", "requires", "we set" or another word
 * that makes a relation a condition ({@link StatedConditions#introduces}): "the length-scale is set
 * by the marginal likelihood, which needs $$\frac{\partial}{\partial \ell} \exp(-r^2/2\ell^2) =
 * \frac{r^2}{\ell^3} \exp(…)$$". Unlike "we need $n \sigma^2 = 1$", no choice can make such a
 * relation hold: the expression fixes its derivative, so a relation whose left side is the
 * operator form of a derivative ({@code \frac{d}{dx}(…)}, {@code \frac{\partial}{\partial x}…}),
 * whose right side names something and only what the left side names, and which applies no
 * function the text leaves undefined, is a formula, checked as a claim. A required slope tied to
 * another name ({@code \frac{d}{dx} x^2 = 2a}) or to a number ({@code … = 0}) stays a condition.
 * The denominator may hold one level of braces ({@code \frac{\mathrm{d}}{\mathrm{d}x}}, user48).
 * Fixes held26's miss: Rasmussen and Williams's length-scale derivative with a wrong power of ℓ
 * was listed as {@code [condition]} and never checked.
 */
final class DerivativeFormulas {
  /** The operator form of a first or higher derivative at the start of a side. */
  private static final Pattern OPERATOR = Pattern.compile("^\\s*\\\\[dt]?frac\\s*\\{\\s*(?:"
      + "\\\\partial|d|\\\\mathrm\\{d\\})\\s*(?:\\^\\s*\\{?\\s*\\d\\s*\\}?)?\\s*\\}\\s*\\{"
      + "(?:[^{}]|\\{[^{}]*\\})*\\}\\s*\\S.*", Pattern.DOTALL);

  private DerivativeFormulas() {}

  /** Whether a relation read after a condition's words is a derivative formula, a claim. */
  static boolean stated(DocumentRun run, List<String> raw, List<String> terms) {
    if (raw.size() != 2 || terms.size() != 2 || terms.get(0) == null || terms.get(1) == null
        || !OPERATOR.matcher(raw.get(0)).matches()) {
      return false;
    }
    Set<String> left = ConditionSteps.names(terms.get(0));
    Set<String> right = ConditionSteps.names(terms.get(1));
    return !right.isEmpty() && left.containsAll(right)
        && MissingFunctions.of(run.ctx, terms.get(0) + " " + terms.get(1)).isEmpty();
  }
}
