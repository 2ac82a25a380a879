package gradlab.check;

import java.util.regex.Pattern;

/**
 * A superscript 0 on a name, {@code \beta^0}, {@code x_i^0}, {@code \theta^{0}}: the initial
 * iterate of a sequence (β⁰, β¹, …, β^{k+1}) far more often than a power, which would be 1 and
 * is seldom written. Read as an index by default and as a power under the other reading, so a
 * step is refuted only when both fail: the lasso's proximal step "take … $\beta^0 = 0$" was read
 * as β to the power 0 and refuted (1 ≠ 0) in a correct file (held31). Euler's e⁰ stays a power.
 */
final class ZeroSuperscripts {
  private static final Pattern ZERO = Pattern.compile("\\{?\\s*0\\s*\\}?");

  private ZeroSuperscripts() {}

  /** Whether {@code sup}, as written after {@code base}, is a superscript 0 that may index. */
  static boolean mayIndex(String base, String sup) {
    return !base.equals("e") && ZERO.matcher(sup.strip()).matches();
  }
}
