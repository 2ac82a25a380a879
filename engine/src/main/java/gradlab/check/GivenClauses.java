package gradlab.check;

import java.util.regex.Pattern;

/**
 * A list of formulas opened by "with", "where" or "given" in the current sentence, "we have $M$
 * neurons $y_1 = y$ with $\mathbb{E}[y_1] = 0$ and $\text{Var}(y_1) = M\sigma^2$": each formula
 * of the list is a given of what follows, not a result to check. Between the word and the
 * formula there is nothing but other formulas of the list, commas and "and" ("for a layer with
 * $n = 3$ inputs, $\mathrm{Var}(y) = …$" is not such a list: words come between).
 */
final class GivenClauses {
  private static final Pattern LIST_OF_GIVENS = Pattern.compile("(?is).*(?<![A-Za-z])(?:with|"
      + "where|given)\\s+(?:\\$[^$]*\\$\\s*(?:,\\s*(?:and\\s*)?|and\\s*))*$");

  private GivenClauses() {}

  /** Whether the next formula of {@code paragraph} (its text so far) is in a list of givens. */
  static boolean inList(String paragraph) {
    String[] sentences = paragraph.split("(?<=[.!?])\\s+");
    String last = sentences.length == 0 ? "" : sentences[sentences.length - 1];
    return LIST_OF_GIVENS.matcher(last).matches();
  }
}
