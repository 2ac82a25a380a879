package gradlab.check;

import java.util.regex.Pattern;

/**
 * A name written with a prime ({@code g'(3)}, {@code tanh′(0)}) that the checker sampled as a
 * number: its derivative was read as 0, and true steps were ✗ ("refuted at {g = 0.50}"; a new
 * user's plain-text tanh'(0) = 1, and f'(3) = 6 after a first line the reader had lost). Such a
 * refutation is never issued: a primed name is a function, whatever the reader made of it.
 */
final class PrimedNames {
  private PrimedNames() {}

  /** {@code v}, or "not checked" where it refutes at a point that gives a primed name a value. */
  static StepVerdict guard(String rawL, String rawR, StepVerdict v) {
    if (!(v instanceof StepVerdict.Refuted f)) {
      return v;
    }
    String text = rawL + " " + rawR;
    for (String name : f.point().keySet()) {
      String shown = LatexNames.readable(name);
      if (primed(text, name) || primed(text, shown)) {
        return new StepVerdict.NotChecked(shown + "′(…) is not read here (the reader took "
            + shown + " for a number, so its derivative would be 0)");
      }
    }
    return v;
  }

  private static boolean primed(String text, String name) {
    return Pattern.compile("(?<![A-Za-z0-9_])\\\\?" + Pattern.quote(name)
        + "\\s*(?:'|′|″|\\^\\s*\\{?\\s*\\\\prime)").matcher(text).find();
  }
}
