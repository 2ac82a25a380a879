package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A σ the text writes as the second argument of a normal distribution, {@code
 * \mathcal{N}(\mu_1, \sigma_1^2)} or {@code \mathcal{N}(\mu_1, \sigma_1)}, is a standard
 * deviation (or, unsquared, possibly a variance): positive either way, so it is sampled only where
 * it is (as a stated variance is, {@link VarianceNames}). The univariate Gaussian KL step
 * ½ log(2πσ₂²) − ½ log(2πσ₁²) = log(σ₂/σ₁) was refuted at σ₁ = −1.93.
 */
final class StandardDeviations {
  private static final Pattern NORMAL = Pattern.compile("(?:\\\\mathcal\\{N\\}|\\\\mathcal N|"
      + "(?<![A-Za-z\\\\])N)\\s*\\(\\s*[^,()]+,\\s*((?:\\\\sigma|\\\\tau|s)(?:_\\{?\\w+\\}?)?)"
      + "\\s*(?:\\^\\s*\\{?2\\}?)?\\s*\\)");

  private StandardDeviations() {}

  /** Restricts the sampling of each such name in {@code text} to positive values. */
  static void positiveInPlace(DocumentRun run, String text) {
    Matcher m = NORMAL.matcher(text);
    while (m.find()) {
      try {
        String name = LatexReader.read(m.group(1)).engineSyntax().strip();
        if (EngineNames.is(name)
            && !run.ctx.domain().intervals().containsKey(name)) {
          run.ctx = run.ctx.withDomain(run.ctx.domain().with(name, VarianceNames.LOW,
              VarianceNames.HIGH));
        }
      } catch (RuntimeException e) {
        // not a name: nothing restricted
      }
    }
  }
}
