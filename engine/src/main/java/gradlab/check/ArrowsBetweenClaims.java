package gradlab.check;

import java.util.regex.Pattern;

/**
 * An arrow typed between two claims on one plain-text line, as on a phone or in a chat:
 * {@code g(x) = sin(x) → g′(x) = cos(x)}, {@code z = w x + b -> a = σ(z)}. It was read inside
 * the formula, so that g was "defined through itself" and the claim after it never checked
 * (found by a new-user tester, user39). Only where every part around the arrows holds a
 * relation, and the claim after each arrow is a derivative (the homework's "a function, then
 * its derivative"), is the arrow a step between claims ({@link PlainTextLines} reads it as {@code =>});
 * a limit's arrow, {@code x → 0}, has no relation on one side and is left as typed, and so is
 * "new ŷ = 0.9·2 + 1.2 = 3 → L = 0" after an update: read as a claim, L = 0 was ✗ at the
 * values before the update (found by the transcribed corpus).
 */
final class ArrowsBetweenClaims {
  private static final Pattern ARROW = Pattern.compile("\\s*(?:→|⟶|-->|->)\\s*");
  /** A derivative after the arrow: f′(x), f'(x), d/dx, dL/dw, ∂L/∂w. */
  private static final Pattern DERIVATIVE = Pattern.compile(
      "[′']|(?<![A-Za-z])d\\s*/\\s*d|(?<![A-Za-z])d[A-Za-z]\\w*\\s*/\\s*d[A-Za-z]|∂|diff\\(");
  private static final Pattern RELATION = Pattern.compile("=|≈|≤|≥|<|>");

  private ArrowsBetweenClaims() {}

  /** {@code line} with each arrow between two claims written as {@code =>}. */
  static String read(String line) {
    if (!ARROW.matcher(line).find()) {
      return line;
    }
    String[] parts = ARROW.split(line, -1);
    for (int k = 0; k < parts.length; k++) {
      if (!RELATION.matcher(parts[k].replace("=>", "")).find()
          || k > 0 && !DERIVATIVE.matcher(parts[k]).find()) {
        return line;
      }
    }
    return String.join(" => ", parts);
  }
}
