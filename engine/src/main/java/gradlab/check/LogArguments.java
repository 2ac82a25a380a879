package gradlab.check;

import gradlab.symbolic.Domain;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A name the step writes as the whole argument of a logarithm, {@code \log(\sigma)}: sampled
 * where it is positive, where the real logarithm has a value. The algebra library simplifies
 * e^{−log σ} to 1/σ before the sides are sampled, so at σ &lt; 0 the side had a value there the
 * text's real log has not, and d2l's Gaussian 1/√(2πσ²)·exp(…) = 1/√(2π)·exp(… − log σ) was ✗ at
 * σ = −1.55. A range the text states for the name is kept. Stateless.
 */
final class LogArguments {
  private static final Pattern LOG_OF_NAME = Pattern.compile(
      "(?<![A-Za-z0-9_])(?:Log|log|ln)\\(\\s*([A-Za-z][A-Za-z0-9_]*)\\s*\\)");

  private LogArguments() {}

  /** {@code d} with each name in a log of {@code sides} that it leaves free sampled in (0, 3). */
  static Domain positive(Domain d, String... sides) {
    Domain out = d;
    for (String side : sides) {
      Matcher m = LOG_OF_NAME.matcher(side);
      while (m.find()) {
        String name = m.group(1);
        if (!out.intervals().containsKey(name)) {
          out = out.with(name, 0.01, 3);
        }
      }
    }
    return out;
  }
}
