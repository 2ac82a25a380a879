package gradlab.check;

import java.util.regex.Pattern;

/**
 * The shapes of a written number that the checker's rules recognise, named once. About twenty
 * rules each kept a private NUMBER pattern, the same text written again or in a small variant
 * (a Unicode minus admitted or not, a fraction or not, a leading dot or not), so a fix to one
 * copy never reached the others and a variant could not be told from a slip. Each variant here
 * is named after what it admits; a rule that needs another shape keeps it, named, in its own
 * class. The {@code *_REGEX} strings are for composing larger patterns (no capturing groups);
 * the patterns are for {@code matcher(s).matches()}.
 */
final class NumberPatterns {
  /** 2, -0.5: digits with an optional decimal part and an optional ASCII minus. */
  static final String DECIMAL_REGEX = "-?\\d+(?:\\.\\d+)?";
  /** 2, -0.5, −0.5: as {@link #DECIMAL_REGEX}, the minus ASCII or Unicode (U+2212). */
  static final String DECIMAL_ANY_MINUS_REGEX = "[-−]?\\d+(?:\\.\\d+)?";
  /** 2, -0.5, 3/4: a decimal or a fraction of a decimal by digits, ASCII minus only. */
  static final String DECIMAL_OR_FRACTION_REGEX = DECIMAL_REGEX + "(?:/\\d+)?";
  /** 2, −0.5, −3/4: as {@link #DECIMAL_OR_FRACTION_REGEX}, the minus ASCII or Unicode. */
  static final String DECIMAL_OR_FRACTION_ANY_MINUS_REGEX = DECIMAL_ANY_MINUS_REGEX + "(?:/\\d+)?";
  /**
   * Prose's number: +2, .5, 1/4, 3 / 4 (spaces around the bar); ASCII signs only. "1." at a
   * sentence's end is found as 1 (the dot needs a digit after it).
   */
  static final String PROSE_NUMBER_REGEX = "[-+]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:\\s*/\\s*\\d+)?";
  /** As {@link #PROSE_NUMBER_REGEX}, the minus also Unicode (−.5). */
  static final String PROSE_NUMBER_ANY_MINUS_REGEX =
      "[-+−]?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:\\s*/\\s*\\d+)?";

  /**
   * 10^(-4), 10^{-4}, 2*10^(-3), 2 \times 10^{-3}: a decimal in scientific notation, a power of
   * ten times a decimal or alone (the value 0.0001 written another way, never a formula).
   */
  static final Pattern SCIENTIFIC = Pattern.compile("(?:" + DECIMAL_ANY_MINUS_REGEX
      + "\\s*(?:\\*|\\\\times|\\\\cdot)\\s*)?10\\s*\\^\\s*[({]?\\s*[-−]?\\d+\\s*[)}]?");
  static final Pattern DECIMAL = Pattern.compile(DECIMAL_REGEX);
  static final Pattern DECIMAL_ANY_MINUS = Pattern.compile(DECIMAL_ANY_MINUS_REGEX);
  static final Pattern DECIMAL_OR_FRACTION = Pattern.compile(DECIMAL_OR_FRACTION_REGEX);
  static final Pattern DECIMAL_OR_FRACTION_ANY_MINUS =
      Pattern.compile(DECIMAL_OR_FRACTION_ANY_MINUS_REGEX);

  private NumberPatterns() {}
}
