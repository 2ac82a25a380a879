package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A σ the text defines as a square root under an index, {@code \sigma^l =
 * \sqrt{\frac{1}{H}\sum_{i=1}^{H}(a_i^l - \mu^l)^2}}, is a standard deviation: where the text
 * then drops the index ("dropping the layer index $l$") the bare σ is the same non-negative
 * quantity, so it is sampled only where it is positive (as a σ of N(μ, σ²) is, {@link
 * StandardDeviations}). Sampled at −0.84, layer norm's true "since $\sigma = \sqrt{\sigma^2}$"
 * was refuted. A σ without an index ({@code \sigma = \sqrt{2/(n_a + n_b)}}, a condition) is
 * left to the conditions' own reading.
 */
final class RootDefinedScales {
  private static final Pattern ROOT = Pattern.compile("(\\\\sigma)(?![A-Za-z])\\s*"
      + "[\\^_]\\s*(?:\\{[^{}]*\\}|[A-Za-z0-9])\\s*=\\s*\\\\sqrt\\s*[{\\[]");

  private RootDefinedScales() {}

  /** Restricts the sampling of each such base name in {@code text} to positive values. */
  static void positiveInPlace(DocumentRun run, String text) {
    Matcher m = ROOT.matcher(text);
    while (m.find()) {
      try {
        String name = LatexReader.read(m.group(1)).engineSyntax().strip();
        if (EngineNames.is(name) && !run.functions.contains(name)
            && !run.ctx.domain().intervals().containsKey(name)) {
          run.ctx = run.ctx.withDomain(run.ctx.domain().with(name, VarianceNames.LOW,
              VarianceNames.HIGH));
        }
      } catch (RuntimeException e) {
        // not a name (\frac, a command the reader does not know): nothing restricted
      }
    }
  }
}
