package gradlab.check;

import java.util.regex.Pattern;

/**
 * A text that differentiates with respect to σ ({@code \frac{\partial z}{\partial \sigma}},
 * {@code \frac{d}{d\sigma}}) uses σ as a number: the VAE's z = μ + σ ε. Read as the sigmoid,
 * σ ε was σ(ε), ∂z/∂σ was 0, and the true ∂f(z)/∂σ = 2zε was refuted (found by a lecturer
 * tester).
 */
final class SigmaDifferentiated {
  private static final Pattern WITH_RESPECT_TO_SIGMA = Pattern.compile(
      "\\}\\s*\\{\\s*(?:\\\\partial|d|\\\\mathrm\\{d\\})\\s*\\\\sigma\\s*\\}"); // a denominator

  private SigmaDifferentiated() {}

  static boolean in(String text) {
    return WITH_RESPECT_TO_SIGMA.matcher(text).find();
  }
}
