package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An equation under "where", "when", "if", "whenever", "provided" or "assuming" whose left side
 * is not one name is a condition, an equation to be solved, not a claim: "the branches meet where
 * step_num^(-0.5) = step_num * warmup_steps^(-1.5), i.e. step_num^1.5 = warmup_steps^1.5"
 * (the Transformer's warmup schedule in plain text, held18) was refuted twice. "where z = w*x +
 * b" (one name on the left) stays a definition.
 */
final class EquationConditions {
  private static final Pattern UNDER_A_WORD = Pattern.compile("(?i)(?<![A-Za-z0-9_])(?:where|"
      + "when|whenever|if|provided|assuming)\\s+(?!all\\b|every\\b|each\\b|any\\b)"
      + "([^=<>≤≥:,;]+?)(?<![<>!=])=(?!=)");
  private static final Pattern ONE_NAME = Pattern.compile("\\s*[A-Za-z_][A-Za-z0-9_']*\\s*");

  private EquationConditions() {}

  /** Whether {@code text} states an equation as a condition under one of the words. */
  static boolean in(String text) {
    Matcher m = UNDER_A_WORD.matcher(text);
    while (m.find()) {
      String left = m.group(1);
      if (!ONE_NAME.matcher(left).matches() && left.matches(".*[A-Za-z0-9].*")
          && !left.matches("(?i).*\\b(?:is|are|we|the|a|an)\\b.*")) {
        return true;
      }
    }
    return false;
  }
}
