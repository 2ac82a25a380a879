package gradlab.check;

import java.util.function.Predicate;
import java.util.regex.Matcher;
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
 * values before the update (found by the transcribed corpus). After a point of names the text
 * does not define ("with z=0 -> p = 0.5") the claim need not be a derivative: the point is its
 * premise, as with {@code =>}.
 */
final class ArrowsBetweenClaims {
  private static final Pattern ARROW = Pattern.compile("\\s*(?:→|⟶|-->|->)\\s*");
  /** A derivative after the arrow: f′(x), f'(x), d/dx, dL/dw, ∂L/∂w. */
  private static final Pattern DERIVATIVE = Pattern.compile(
      "[′']|(?<![A-Za-z])d\\s*/\\s*d|(?<![A-Za-z])d[A-Za-z]\\w*\\s*/\\s*d[A-Za-z]|∂|diff\\(");
  private static final Pattern RELATION = Pattern.compile("=|≈|≤|≥|<|>");
  /** One name given a number, "z=0", "w₁ = −0.5". */
  private static final String ASSIGNED = "([A-Za-z\\p{IsGreek}][A-Za-z0-9_\\p{IsGreek}]*[₀-₉]*)"
      + "\\s*=\\s*" + NumberPatterns.DECIMAL_ANY_MINUS_REGEX;
  /** A point before an arrow: perhaps "with", "for", "at", "if" or "when", then its names. */
  private static final Pattern POINT = Pattern.compile("(?i:(?:with|for|at|if|when)\\s+)?("
      + ASSIGNED + "(?:\\s*,\\s*" + ASSIGNED + ")*)\\s*,?");
  private static final Pattern NAME = Pattern.compile(ASSIGNED);

  private ArrowsBetweenClaims() {}

  /** {@code line} with each arrow between two claims written as {@code =>}. */
  static String read(String line) {
    return read(line, name -> false);
  }

  /**
   * As {@link #read(String)}; a claim after an arrow need not be a derivative where the part
   * before the arrow is a point of names the text does not define ({@code defined}): "with z=0
   * -> p = 0.5" checks p at z = 0 (it was "not checked: the left side depends on [z]", found by
   * a new user, user45).
   */
  static String read(String line, Predicate<String> defined) {
    if (!ARROW.matcher(line).find()) {
      return line;
    }
    String[] parts = ARROW.split(line, -1);
    for (int k = 0; k < parts.length; k++) {
      if (!RELATION.matcher(parts[k].replace("=>", "")).find()
          || k > 0 && !DERIVATIVE.matcher(parts[k]).find() && !point(parts[k - 1], defined)) {
        return line;
      }
    }
    return String.join(" => ", parts);
  }

  /** Whether {@code part} is only a point ("with y=1, z=0") of names the text does not define. */
  private static boolean point(String part, Predicate<String> defined) {
    Matcher m = POINT.matcher(part.strip());
    if (!m.matches()) {
      return false;
    }
    Matcher name = NAME.matcher(m.group(1));
    while (name.find()) {
      if (defined.test(name.group(1))) {
        return false;
      }
    }
    return true;
  }
}
