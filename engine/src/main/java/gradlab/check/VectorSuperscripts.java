package gradlab.check;

import java.util.regex.Pattern;

/**
 * A time step written as a bare superscript on a vector: Greff et al.'s LSTM writes
 * {@code \mathbf{x}^t}, {@code \mathbf{y}^{t-1}}, {@code \bar{\mathbf{z}}^t} for the vectors at
 * time t. A column vector has no power, so the letter is an index, read as {@code x^{(t)}}
 * is (the name x⁽ᵗ⁾); as a power the forward pass's lines were claims "x, y are not defined in
 * the text". Only a lower-case Latin letter in bold (a vector; a bold capital may be a matrix,
 * whose power {@code \mathbf{W}^t} is one), and only a letter or a letter ± a digit (never T,
 * a transpose, nor a number: {@code \mathbf{x}^2} stays a power).
 */
final class VectorSuperscripts {
  private static final Pattern BASE = Pattern.compile("[a-z](hat|bar|tilde)?");
  private static final Pattern STEP = Pattern.compile("[a-zA-SU-Z]|[a-z]\\s*[+-]\\s*[0-9]");

  private VectorSuperscripts() {}

  /** Whether {@code sup} on the bold {@code base} is an index, never a power. */
  static boolean index(String base, String sup, boolean vector) {
    String s = sup.strip();
    return vector && BASE.matcher(base).matches() && STEP.matcher(s).matches();
  }
}
