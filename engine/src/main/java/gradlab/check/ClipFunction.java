package gradlab.check;

import java.util.List;

/**
 * {@code \mathrm{clip}(a, lo, hi)}, a clamped to [lo, hi] (numpy's clip, Hubara et al.'s hard
 * sigmoid {@code \sigma(x) = \mathrm{clip}(\frac{x + 1}{2}, 0, 1)} and hard tanh
 * {@code \mathrm{clip}(x, -1, 1)}): read as max(lo, min(hi, a)). Refused as "the operator
 * clip(…)", the hard sigmoid's body was not read, every step through σ was "not checked", and a
 * sign slip {@code (+1)\sigma(r) + (-1)(1 - \sigma(r)) = 1 - 2\sigma(r)} went unnamed.
 *
 * <p>Read only with three arguments whose bounds are numbers, the lower not above the upper:
 * with lo > hi the readings max(lo, min(hi, a)) and min(hi, max(lo, a)) (numpy's) differ, and
 * bounds such as 1 − ε and 1 + ε (PPO) are ordered only for the ε the text means; any other
 * clip (one argument, a gradient's norm clipped, a power or a prime on the word) is refused as
 * before. Stateless.
 */
final class ClipFunction {
  private static final String PREFIX = "clip(";

  private ClipFunction() {}

  /** The clip at the cursor (the word just read) as max(lo, min(hi, a)); refused otherwise. */
  static String apply(LatexReader r) {
    String applied = LatexFunctionApplication.apply(r, "clip");
    if (!applied.startsWith(PREFIX) || closing(applied) != applied.length() - 1) {
      throw new UnsupportedLatexException("the operator clip(…) with a power or a prime");
    }
    List<String> args = TopLevel.split(
        applied.substring(PREFIX.length(), applied.length() - 1), ',');
    Double lo = args.size() == 3 ? number(args.get(1)) : null;
    Double hi = args.size() == 3 ? number(args.get(2)) : null;
    if (lo == null || hi == null || lo > hi) {
      throw new UnsupportedLatexException("the operator clip(…) other than clip(a, lo, hi) with "
          + "numbers lo ≤ hi");
    }
    return "Max(" + args.get(1).strip() + ", Min(" + args.get(2).strip() + ", "
        + args.get(0).strip() + "))";
  }

  /** Where the bracket opened after the word closes; -1 where it does not. */
  private static int closing(String applied) {
    int depth = 0;
    for (int i = PREFIX.length() - 1; i < applied.length(); i++) {
      char c = applied.charAt(i);
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The value of a bound written as a number (−1, 0.8, (-1)); null for any other bound. */
  private static Double number(String bound) {
    String b = bound.replaceAll("[\\s()]", "").replace('−', '-');
    return NumberPatterns.DECIMAL.matcher(b).matches() ? Double.valueOf(b) : null;
  }
}
