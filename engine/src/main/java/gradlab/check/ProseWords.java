package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words around a plain-text formula: "by the chain rule dL/dw1 = …", "… = x (chain rule)", and a
 * case in words, "relu'(x) = 1 if x > 0 else 0". The words were read as names ("by, chain, the
 * are not defined"), and "if", "else" as factors sampled at a point (found by a student). Words
 * the text defines stay names.
 */
final class ProseWords {
  /** Two or more words of two or more letters before a formula. */
  private static final Pattern LEADING = Pattern.compile(
      "^\\s*((?:[A-Za-z]{2,}\\s+){2,})(?=[^\\s=<>≤≥≈])(.*)$");
  /** A bracket of two or more words at the end of a line: "(chain rule)", "(by def.)". */
  private static final Pattern TRAILING = Pattern.compile(
      "^(.*\\S)\\s+\\(\\s*((?:[A-Za-z]{2,}\\.?\\s*){2,})\\)\\s*\\.?\\s*$");
  private static final Pattern IN_WORDS_CASE = Pattern.compile(
      "(?i)(?<![A-Za-z0-9_])if(?![A-Za-z0-9_(]).*(?<![A-Za-z0-9_])(?:else|otherwise)"
      + "(?![A-Za-z0-9_(])");
  private static final Pattern KEYWORD = Pattern.compile("(?i)^\\s*(?:let|at|assume|for)\\s");
  private static final Pattern WORD = Pattern.compile("[A-Za-z]+");

  static final String CASES = "a case written in words (… if … else …) is not read";

  private ProseWords() {}

  /** Whether the line states cases in words, which are not read. */
  static boolean casesInWords(String text) {
    return IN_WORDS_CASE.matcher(text).find();
  }

  /** {@code text} without leading or trailing words that the text does not define. */
  static String stripped(DocumentRun run, String text) {
    if (KEYWORD.matcher(text).find()) {
      return text;
    }
    String s = text;
    Matcher lead = LEADING.matcher(s);
    if (lead.matches() && noneDefined(run, lead.group(1)) && hasRelation(lead.group(2))) {
      s = lead.group(2);
    }
    Matcher trail = TRAILING.matcher(s);
    if (trail.matches() && noneDefined(run, trail.group(2)) && hasRelation(trail.group(1))) {
      s = trail.group(1);
    }
    return s;
  }

  private static boolean hasRelation(String s) {
    return s.matches(".*[=<>≤≥≈].*");
  }

  private static boolean noneDefined(DocumentRun run, String words) {
    Matcher m = WORD.matcher(words);
    while (m.find()) {
      String w = m.group();
      if (run.ctx.defines(w) || run.functions.contains(w) || run.ctx.point().containsKey(w)) {
        return false;
      }
    }
    return true;
  }
}
