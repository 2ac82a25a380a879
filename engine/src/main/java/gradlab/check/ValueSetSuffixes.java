package gradlab.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A relation that ends by naming the set its value lies in: Mathematics for Machine Learning's "For
 * $f(x_1, x_2) = x_1^2 x_2 + x_1 x_2^3 \in \mathbb{R}$" (Example 5.7), "$y = Wx + b \in
 * \mathbb{R}^m$". The set says what kind of value the last term is, not what it equals, so it is
 * dropped and the relation before it read as written. It used to stay in the last term, which could
 * not be read: the line was listed as an assumption rather than as f's definition, and the true
 * ∂f/∂x₁ that follows was ✗ with the f the text had defined before (a new held-out set). Only a
 * number set (ℝ, ℕ, ℤ, ℂ, with an exponent or none) after a relation is dropped; a lone membership
 * ({@code x \in \mathbb{R}}, {@link IntervalMemberships}), an interval or a list ("$f(x) = x^2$, $x
 * \in \mathbb{R}$" written in one formula) is left as it is.
 */
final class ValueSetSuffixes {
  private static final Pattern SUFFIX = Pattern.compile("\\s*(?:\\\\in(?![A-Za-z])|∈)\\s*"
      + "(?:\\\\mathbb\\s*\\{\\s*[RNZC]\\s*\\}|\\\\mathbb\\s+[RNZC]|[ℝℕℤℂ])"
      + "(?:\\s*\\^\\s*(?:\\{[^{}$]*\\}|[A-Za-z0-9]))?\\s*([.,;]?)\\s*$");
  /** What separates two formulas written in one: a comma, a \quad, words. */
  private static final Pattern LIST = Pattern.compile(",|\\\\q?quad|\\\\text|\\\\mbox|;");

  private ValueSetSuffixes() {}

  /** {@code statement} without the value set its last term ends in, where it has one. */
  static String strip(String statement) {
    Matcher m = SUFFIX.matcher(statement);
    if (!m.find()) {
      return statement;
    }
    String before = statement.substring(0, m.start());
    var terms = ChainSplitter.split(before).terms();
    if (terms.size() < 2 || terms.stream().anyMatch(String::isBlank)
        || LIST.matcher(terms.get(terms.size() - 1)).find()) {
      return statement;
    }
    return before + m.group(1);
  }
}
