package gradlab.check;

import java.util.regex.Pattern;

/**
 * A hat typed as a word, "$yhat = sigmoid(z)$" or "y_hat", as {@code \hat{y}}: read letter by
 * letter it was y·h·a·t, L = ½(yhat − y)² no longer depended on w, and a student's true
 * ∂L/∂w was ✗ with "left = 0" (found by a new user typing plain names).
 */
final class PlainHats {
  private static final Pattern HAT = Pattern.compile(
      "(?<![\\\\A-Za-z0-9])([A-Za-z])_?hat(?![A-Za-z0-9])");

  private PlainHats() {}

  static String asHats(String text) {
    return HAT.matcher(text).replaceAll("\\\\hat{$1}");
  }
}
