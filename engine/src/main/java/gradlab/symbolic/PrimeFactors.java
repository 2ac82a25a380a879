package gradlab.symbolic;

import java.math.BigInteger;
import java.util.Optional;

/**
 * The prime factorisation of an integer, written for people (12 = 2²·3). {@code factor(12)}
 * returned 12 unchanged, as the algebra library's Factor does for numbers: the factorisation is
 * shown as a note beside the number, which stays the result. Trial division, so only integers
 * below 10¹⁴ (its square root bounds the work to 10⁷ divisions).
 */
final class PrimeFactors {
  private static final BigInteger LIMIT = BigInteger.TEN.pow(14);
  private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

  private PrimeFactors() {}

  /** "12 = 2²·3", "−7 = −7 (a prime)", or empty for 0, ±1 and integers too large. */
  static Optional<String> written(BigInteger n) {
    BigInteger m = n.abs();
    if (m.compareTo(BigInteger.ONE) <= 0 || m.compareTo(LIMIT) >= 0) {
      return Optional.empty();
    }
    String sign = n.signum() < 0 ? "−" : "";
    StringBuilder out = new StringBuilder();
    long rest = m.longValueExact();
    for (long p = 2; p * p <= rest; p++) {
      int k = 0;
      while (rest % p == 0) {
        rest /= p;
        k++;
      }
      if (k > 0) {
        append(out, p, k);
      }
    }
    if (rest > 1) {
      append(out, rest, 1);
    }
    String body = out.toString();
    boolean prime = body.equals(m.toString());
    return Optional.of(sign + m + " = " + sign + body + (prime ? " (a prime)" : ""));
  }

  private static void append(StringBuilder out, long p, int k) {
    if (!out.isEmpty()) {
      out.append('·');
    }
    out.append(p);
    if (k > 1) {
      for (char c : Integer.toString(k).toCharArray()) {
        out.append(SUPERSCRIPTS.charAt(c - '0'));
      }
    }
  }
}
