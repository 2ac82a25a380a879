package gradlab.check;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The numbers the text computed so far: the last term of each chain that works something out
 * to a number ({@code e^{0.28}/(e^{-2.85} + e^{0.86} + e^{0.28}) = 0.353}), named or not. A later
 * display that writes such a number into a new value of a name already holding another value
 * ({@code L_i = -\ln(0.353)} after the SVM's {@code L_i = … = 1.58}) builds on that computation
 * ({@link NumericReassignments}). Engine syntax, as written. One per document; not thread-safe.
 * Modified by {@link #chainInPlace}.
 */
final class ComputedNumbers {
  private static final Pattern NUMBER = NumberPatterns.DECIMAL;
  private final Set<String> numbers = new HashSet<>();

  /** Records the last term of {@code terms} where it is a number worked out from another term. */
  void chainInPlace(List<String> terms) {
    if (terms.size() < 2 || terms.contains(null)) {
      return;
    }
    String last = terms.get(terms.size() - 1).strip();
    if (NUMBER.matcher(last).matches() && !NUMBER.matcher(terms.get(0).strip()).matches()) {
      numbers.add(last.startsWith("-") ? last.substring(1) : last);
    }
  }

  /** Whether the text computed {@code number} (unsigned, as written) before. */
  boolean computed(String number) {
    return numbers.contains(number);
  }
}
