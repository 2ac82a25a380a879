package gradlab.check;

import java.util.regex.Pattern;

/**
 * ⊙ and ⊘ typed in a plain-text line ({@code h = z ⊙ h_prev + (1 − z) ⊙ h̃}, a GRU on a phone):
 * the engine syntax had no such sign, the definition kept it, and every step through h was
 * "the sides have no numeric value". Read as in LaTeX ({@link ElementWise}): component by
 * component, ⊙ as × and ⊘ as /, which is exact for scalars and, for vectors, what each component
 * does; and, as there, not in a line that also takes a derivative (∂, d/d, dX/dY), where a vector
 * reading would be a Jacobian: that line keeps its sign and stays unread.
 */
final class ElementWiseSigns {
  private static final Pattern DERIVATIVE = Pattern.compile(
      "∂|(?<![A-Za-z])d[\\p{L}_0-9]*\\s*/\\s*d[\\p{L}]");

  private ElementWiseSigns() {}

  /** {@code line} with ⊙ as · and ⊘ as /, where it takes no derivative; else unchanged. */
  static String asProducts(String line) {
    if (line.indexOf('⊙') < 0 && line.indexOf('⊘') < 0 || DERIVATIVE.matcher(line).find()) {
      return line;
    }
    return line.replace("⊙", "·").replace("⊘", "/");
  }
}
