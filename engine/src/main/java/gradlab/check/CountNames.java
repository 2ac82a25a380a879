package gradlab.check;

import gradlab.symbolic.Domain;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names that count things in these texts: n, m, N, T, and widths n_in, n_out, n_l. They are
 * sampled in [1, 6], never at −0.84: a layer width below zero makes a counterexample that no
 * reader can use (He's Var(W) = 2/n_in was ✗ at n_out = −0.84, found by a new user). An
 * identity in them still fails somewhere in that range when it is false.
 */
final class CountNames {
  private static final Pattern COUNT = Pattern.compile(
      "n|m|capn|capm|capt|n(?:in|out|l|lm1|lp1|h|x|y|i|j|k|\\d+)");

  private CountNames() {}

  static Domain positive(Domain d, Set<String> names) {
    Domain out = d;
    for (String n : names) {
      if (COUNT.matcher(n).matches() && !d.intervals().containsKey(n)) {
        out = out.with(n, 1, 6);
      }
    }
    return out;
  }
}
