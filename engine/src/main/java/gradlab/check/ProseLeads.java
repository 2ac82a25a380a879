package gradlab.check;

import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase of words and a comma before a plain-text formula: "Backprop for one neuron, L =
 * (a - y)^2 / 2" read "neuron, L" as the left side ("cannot read"), so L was never defined. The
 * phrase is dropped where it is words only (no relation, digit or bracket), holds a word of four
 * letters or more that the text does not use as a name, and states no condition or quantifier
 * ("For all z, …", "If x > 0, …", "when …" keep their meaning elsewhere). Stateless.
 */
final class ProseLeads {
  private static final Pattern LEAD = Pattern.compile(
      "^\\s*(\\p{L}[\\p{L}'’-]*(?:\\s+\\p{L}[\\p{L}'’-]*)*)\\s*,\\s+(\\S.*[=<>≤≥≈].*)$");
  private static final Pattern CONDITION = Pattern.compile("(?i)(?<!\\p{L})(?:for\\s+(?:all|"
      + "every|any|each|some)|if|iff|when|whenever|where|since|because|as|assuming|assume|given|"
      + "suppose|unless|provided|at|with|let|while|only|not|no|then|so|hence|thus|therefore)"
      + "(?!\\p{L})");
  private static final Pattern LONG_WORD = Pattern.compile("\\p{L}{4,}");

  private ProseLeads() {}

  /** Reads the formula after the phrase through {@code read}; false where there is none. */
  static boolean readInPlace(String text, Predicate<String> isName, Consumer<String> read) {
    Matcher m = LEAD.matcher(text);
    if (!m.matches() || CONDITION.matcher(m.group(1)).find()) {
      return false;
    }
    Matcher word = LONG_WORD.matcher(m.group(1));
    boolean prose = false;
    while (word.find()) {
      prose |= !isName.test(word.group());
    }
    if (!prose) {
      return false;
    }
    read.accept(m.group(2).strip());
    return true;
  }
}
